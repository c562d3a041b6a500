package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.jms.JMSException;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Broker primary/backup: the backup replicates the primary's journal; when the primary dies (kill -9) the backup takes
 * over with every persisted message, and the order node's connections (its sends and its MDBs) follow it. When the
 * primary returns it copies the journal back and takes over again. Runs only where the build started a backup broker
 * (the PostgreSQL stack).
 */
@Tag("multi-node")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrokerFailoverIT extends DeployedShop {

    private static final int WAITING_MAILS = 20;
    private static final String QUEUE = "queue.shop.welcome-mails";
    private static final String PRIMARY_URL = System.getProperty("shop.broker.url");
    private static final String BACKUP_URL = System.getProperty("shop.broker.backup.url");
    private static final Path PRIMARY = Path.of(System.getProperty("shop.home"), "broker");
    private static final Path PRIMARY_PID = PRIMARY.resolve("data/artemis.pid");

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    @Test
    @Order(1)
    void shouldDeliverEveryQueuedMessageOnceAndKeepTakingOrdersWhenThePrimaryBrokerDies() throws Exception {
        String domain = uniqueDomain();
        try (BrokerManagement primary = new BrokerManagement(PRIMARY_URL)) {
            primary.invoke(QUEUE, "pause", true); // persisted, so the backup has the queue paused too
        }
        ShopHttp.createdConcurrently(WAITING_MAILS, i -> ShopHttp.register(i + "@" + domain, "Failover"));

        killPrimary();

        try (BrokerManagement backup = Eventually.await("the backup active", Duration.ofSeconds(30),
                BrokerFailoverIT::backupManagement, Optional::isPresent).orElseThrow()) {
            assertEquals(WAITING_MAILS, backup.count(QUEUE, "messageCount"), "the backup holds the queued mails");
            assertEquals(0, SMTP.getReceivedMessagesForDomain(domain).length, "nothing delivered while paused");
            backup.invoke(QUEUE, "resume");
            Eventually.await("all " + WAITING_MAILS + " welcome mails", Duration.ofSeconds(60),
                    () -> SMTP.getReceivedMessagesForDomain(domain).length, n -> n >= WAITING_MAILS);
            Eventually.await("the queue drained on the backup", Duration.ofSeconds(30),
                    () -> backup.count(QUEUE, "messageCount") + backup.count(QUEUE, "deliveringCount"), n -> n == 0);
        }
        MimeMessage[] mails = SMTP.getReceivedMessagesForDomain(domain);
        assertEquals(WAITING_MAILS, mails.length, "each mail once");
        assertEquals(expectedRecipients(domain), recipients(mails), "each registered customer's mail");

        assertOrderShipped("after-failover-" + UUID.randomUUID() + "@example.com");
    }

    @Test
    @Order(2)
    void shouldHandBackToThePrimaryWhenItReturnsAndKeepServing() throws Exception {
        startPrimaryIfDead();

        Eventually.await("the backup back in the backup role (its port closed)", Duration.ofSeconds(60),
                () -> listening(BACKUP_URL), open -> !open);
        // A request that uses a broker connection while it moves over is rolled back and answered 503: resend it.
        String email = "after-failback-" + UUID.randomUUID() + "@example.com";
        ShopHttp.Reply registered = Eventually.await("the registration of " + email + " accepted", Duration.ofSeconds(30),
                () -> ShopHttp.register(email, "Failover"), reply -> reply.status() != 503);
        assertEquals(201, registered.status(), registered.body());
        Eventually.await("the welcome mail to " + email, Duration.ofSeconds(30),
                () -> SMTP.getReceivedMessagesForDomain(email).length, n -> n == 1);
        assertOrderShipped(email);
    }

    /** Whatever happened above, the tests that follow find the primary active. */
    @AfterAll
    static void primaryActive() throws Exception {
        startPrimaryIfDead();
        try (BrokerManagement primary = new BrokerManagement(PRIMARY_URL)) {
            primary.invoke(QUEUE, "resume");
        }
    }

    /** Places an order, resending it (same Idempotency-Key) while answered 503, and waits until it ships. */
    private static void assertOrderShipped(String email) {
        String order = ShopHttp.orderJson(email, "MUG-1", 1);
        String key = UUID.randomUUID().toString();
        ShopHttp.Reply placed = Eventually.await("the order of " + email + " accepted", Duration.ofSeconds(30),
                () -> ShopHttp.post("/api/orders", "application/json", order, "Idempotency-Key", key), reply -> reply.status() != 503);
        assertEquals(201, placed.status(), placed.body());
        String id = placed.json().getString("id");
        Eventually.await("order " + id + " shipped", Duration.ofSeconds(30),
                () -> ShopHttp.order(id).getString("status"), "SHIPPED"::equals);
    }

    private static void killPrimary() throws Exception {
        ShopProcesses.kill(ShopProcesses.required(PRIMARY_PID, "the primary broker"));
    }

    /** The primary, restarted, first copies the journal from the active backup, then opens its port. */
    private static void startPrimaryIfDead() throws Exception {
        if (ShopProcesses.running(PRIMARY_PID).isEmpty()) {
            Process start = new ProcessBuilder(PRIMARY.resolve("bin/artemis-service").toString(), "start")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, start.waitFor(), "artemis-service start");
        }
        Eventually.await("the primary active again", Duration.ofSeconds(90), () -> listening(PRIMARY_URL), open -> open);
    }

    private static Optional<BrokerManagement> backupManagement() {
        try {
            return Optional.of(new BrokerManagement(BACKUP_URL));
        } catch (JMSException notActiveYet) {
            return Optional.empty();
        }
    }

    private static boolean listening(String brokerUrl) {
        URI uri = URI.create(brokerUrl);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    private static Set<String> expectedRecipients(String domain) {
        return IntStream.range(0, WAITING_MAILS).mapToObj(i -> i + "@" + domain).collect(Collectors.toSet());
    }

    private static Set<String> recipients(MimeMessage[] mails) {
        return Arrays.stream(mails).map(BrokerFailoverIT::recipient).collect(Collectors.toSet());
    }

    private static String recipient(MimeMessage mail) {
        try {
            return mail.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String uniqueDomain() {
        return "failover-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
    }
}
