package shop.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import shop.api.messaging.Destinations;
import shop.messaging.DeadLetter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dead letters are kept, and replayed after a fix: a welcome mail that fails while the SMTP server is away lands in
 * DLQ.shop.welcome-mails after its attempts, with the reason; with SMTP back, the README's replay (the dead-letter queue's
 * retryMessages operation) sends it to its origin queue and the mail goes out.
 */
class DeadLetterReplayIT extends DeployedShop {

    private static final String DLQ = Destinations.deadLetterQueueOf(Destinations.WELCOME_MAILS);
    /** the consumer's last attempt for shop.welcome-mails: max-delivery-attempts in broker.xml less the reserve */
    private static final int WELCOME_MAIL_ATTEMPTS = 4;

    @RegisterExtension
    final TestSmtp.Later smtpLater = TestSmtp.startedLater();

    @Test
    void shouldKeepAFailedWelcomeMailInTheDeadLetterQueueAndDeliverItWhenReplayedAfterTheFix() throws Exception {
        String email = "replay-" + UUID.randomUUID() + "@example.com";
        ShopHttp.Reply registered = ShopHttp.register(email, "Flo");
        assertEquals(201, registered.status(), registered.body());
        String customerId = registered.json().getString("id");

        Eventually.await("the welcome mail dead-lettered (no SMTP server)", Duration.ofSeconds(60),
                () -> deadLettersFor(customerId), n -> n == 1);
        TextMessage dead = deadLetterOf(customerId);
        assertTrue(dead.getStringProperty(DeadLetter.FAILURE_REASON).startsWith(
                "IllegalStateException: welcome mail to " + email + " failed"), dead.getStringProperty(DeadLetter.FAILURE_REASON));
        assertEquals(WELCOME_MAIL_ATTEMPTS, dead.getIntProperty(DeadLetter.FAILED_ATTEMPTS));
        assertEquals(Destinations.WELCOME_MAILS, dead.getStringProperty(DeadLetter.ORIGINAL_QUEUE));
        assertEquals("PENDING", ShopHttp.get("/api/customers/" + customerId).json().getString("welcomeMail"));

        GreenMail smtp = smtpLater.start(); // the fix
        try (BrokerManagement broker = new BrokerManagement()) {
            broker.invoke("queue." + DLQ, "retryMessages");
        }

        Eventually.await("the replayed welcome mail sent", Duration.ofSeconds(30),
                () -> smtp.getReceivedMessagesForDomain(email).length, n -> n == 1);
        Eventually.await("marked MAILED", Duration.ofSeconds(30),
                () -> ShopHttp.get("/api/customers/" + customerId).json().getString("welcomeMail"), "MAILED"::equals);
        assertEquals(0, deadLettersFor(customerId), "no longer a dead letter");
    }

    private static long deadLettersFor(String customerId) {
        return deadLettersOf(customerId).size();
    }

    private static TextMessage deadLetterOf(String customerId) {
        return deadLettersOf(customerId).get(0);
    }

    private static List<TextMessage> deadLettersOf(String customerId) {
        List<TextMessage> found = new ArrayList<>();
        for (Message message : Broker.browse(DLQ, null)) {
            try {
                if (((TextMessage) message).getText().contains(customerId)) {
                    found.add((TextMessage) message);
                }
            } catch (JMSException e) {
                throw new AssertionError(e);
            }
        }
        return found;
    }
}
