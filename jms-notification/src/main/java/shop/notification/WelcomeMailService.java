package shop.notification;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.api.customer.WelcomeMails;
import shop.api.messaging.SendWelcomeMail;

import java.time.Instant;
import java.util.logging.Logger;

/**
 * Sends each customer's welcome mail once. The mail goes out, then the WELCOME_MAIL row is written in the same
 * transaction (for the mail workers, the consumer's own: see shop.messaging.Deliveries); a failed mail throws, so the
 * broker retries the command and finally it is dead-lettered with the reason. Mail itself is not transactional: a
 * crash between sending and committing sends it again (at least once).
 */
@Stateless
@Local(WelcomeMails.class)
public class WelcomeMailService implements WelcomeMails {

    private static final Logger LOG = Logger.getLogger(WelcomeMailService.class.getName());

    @PersistenceContext(unitName = "notification")
    EntityManager entityManager;

    @Inject
    Mailer mailer;

    @Override
    public void send(SendWelcomeMail command) {
        WelcomeMail earlier = entityManager.find(WelcomeMail.class, command.customerId());
        if (earlier != null) {
            earlier.repeated();
            LOG.info(() -> "customer " + command.customerId() + " was welcomed before; ignoring " + command.messageId());
            return;
        }
        WelcomeMail.Status status = WelcomeMail.Status.RECORDED;
        if (mailer.enabled()) {
            try {
                mailer.send(command.email(), "Welcome to the shop, " + command.name(),
                        "Hello " + command.name() + ",\n\nyour account " + command.email() + " is ready.\n");
            } catch (MessagingException e) {
                throw new IllegalStateException("welcome mail to " + command.email() + " failed: " + e.getMessage(), e);
            }
            status = WelcomeMail.Status.MAILED;
        }
        entityManager.persist(new WelcomeMail(command.customerId(), command.messageId(), command.email(), status, Instant.now()));
    }

    @Override
    public String statusOf(String customerId) {
        WelcomeMail mail = entityManager.find(WelcomeMail.class, customerId);
        return mail == null ? "PENDING" : mail.status();
    }
}
