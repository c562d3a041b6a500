package shop.notification;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.api.messaging.OrderEvent;

import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Records a notification per order event, then mails it when SMTP is configured. A mail failure is recorded on the
 * notification and retried by a timer; it never rolls back or loses the record.
 */
@Stateless
public class NotificationService {

    private static final Logger LOG = Logger.getLogger(NotificationService.class.getName());
    static final int MAX_MAIL_ATTEMPTS = 5;

    @PersistenceContext(unitName = "notification")
    EntityManager entityManager;

    @Inject
    Mailer mailer;

    public void notify(OrderEvent event) {
        boolean seen = !entityManager.createQuery("select n.id from Notification n where n.messageId = :id")
                .setParameter("id", event.messageId()).getResultList().isEmpty();
        if (seen) {
            LOG.info(() -> "event " + event.messageId() + " was already notified; ignoring the redelivery");
            return;
        }
        NotificationText.Text text = NotificationText.of(event);
        Notification notification = new Notification(event.messageId(), event.orderId(),
                event.getClass().getSimpleName(), event.customerEmail(), text.subject(), text.body(), Instant.now());
        entityManager.persist(notification);
        if (mailer.enabled()) {
            mail(notification);
        }
    }

    public List<Notification> forOrder(String orderId) {
        return entityManager.createQuery(
                        "select n from Notification n where n.orderId = :orderId order by n.recordedAt, n.eventType",
                        Notification.class)
                .setParameter("orderId", orderId).getResultList();
    }

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    void retryFailedMail() {
        if (!mailer.enabled()) {
            return;
        }
        entityManager.createQuery("select n from Notification n where n.status = 'MAIL_FAILED' and n.mailAttempts < :max",
                        Notification.class)
                .setParameter("max", MAX_MAIL_ATTEMPTS).setMaxResults(100).getResultList()
                .forEach(this::mail);
    }

    private void mail(Notification notification) {
        try {
            mailer.send(notification.recipient(), notification.subject(), notification.body());
            notification.mailed(Instant.now());
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "mail to " + notification.recipient() + " failed, will retry: " + e);
            notification.mailFailed(e.toString());
        }
    }
}
