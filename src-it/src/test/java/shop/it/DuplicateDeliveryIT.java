package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.jms.JMSContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.api.messaging.SendWelcomeMail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * No message handled twice, at both ends. The broker drops a second send with the same duplicate-detection id; a
 * command that gets past it (resent with a new id, or redelivered after a crash) meets the consumer's record of what
 * it did, written in the same transaction as the effect, and changes nothing. Runs on the PostgreSQL stack, where the
 * test reads that record.
 */
@Tag("multi-node")
class DuplicateDeliveryIT extends DeployedShop {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    @Test
    void shouldSendOneWelcomeMailWhenTheCommandIsSentAgainOrResentWithANewId() throws Exception {
        String email = "dedup-" + UUID.randomUUID() + "@example.com";
        ShopHttp.Reply registered = ShopHttp.register(email, "Eve");
        assertEquals(201, registered.status(), registered.body());
        String customerId = registered.json().getString("id");
        Eventually.await("welcome handled", Duration.ofSeconds(30), () -> repeatsOf(customerId), r -> r == 0);

        SendWelcomeMail sentTwice = new SendWelcomeMail(UUID.randomUUID().toString(), customerId, email, "Eve", Instant.now());
        SendWelcomeMail resent = new SendWelcomeMail(UUID.randomUUID().toString(), customerId, email, "Eve", Instant.now());
        try (JMSContext jms = Broker.connect()) {
            JsonMessages.send(jms, jms.createQueue(Destinations.WELCOME_MAILS), sentTwice);
            JsonMessages.send(jms, jms.createQueue(Destinations.WELCOME_MAILS), sentTwice); // same _AMQ_DUPL_ID
            JsonMessages.send(jms, jms.createQueue(Destinations.WELCOME_MAILS), resent);
        }

        Path brokerLog = Path.of(System.getProperty("shop.home"), "broker", "log", "artemis.log");
        Eventually.await("the broker logs the duplicate it dropped", Duration.ofSeconds(10),
                () -> read(brokerLog), log -> log.contains("AMQ222059") && log.contains(sentTwice.messageId()));
        // so two commands got through: the consumer recognises both and does nothing again
        Eventually.await("both commands that got through handled", Duration.ofSeconds(30), () -> repeatsOf(customerId), r -> r == 2);
        assertEquals(1, mailsRecorded(customerId), "one welcome mail recorded");
        assertEquals(1, SMTP.getReceivedMessagesForDomain(email).length, "one welcome mail received");
    }

    private static int repeatsOf(String customerId) {
        return queryInt("select coalesce(max(repeats), -1) from welcome_mail where customerid = ?", customerId);
    }

    private static int mailsRecorded(String customerId) {
        return queryInt("select count(*) from welcome_mail where customerid = ? and status = 'MAILED'", customerId);
    }

    private static int queryInt(String sql, String parameter) {
        try (Connection db = DriverManager.getConnection(System.getProperty("shop.db.url"), "postgres", "postgres");
             PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
