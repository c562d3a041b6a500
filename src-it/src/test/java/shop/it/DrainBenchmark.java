package shop.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.api.messaging.SendWelcomeMail;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Point to point: how fast the pool of mail-worker MDBs drains a backlog of welcome mails, each one a real SMTP mail
 * (GreenMail in this JVM) plus its WELCOME_MAIL row and dedup check in the consuming XA transaction, beside
 * {@code artemis perf client} moving persistent 1 KiB messages through a queue of the same broker in the same run.
 * A benchmark, not a test: it asserts only that the backlog drained. {@code mvn -Pbench verify}; -Dbench.backlog.
 */
class DrainBenchmark extends DeployedShop {

    private static final String QUEUE = "queue." + Destinations.WELCOME_MAILS;

    @Test
    void printMdbDrainRateBesideArtemisPerf() throws Exception {
        int backlog = Integer.getInteger("bench.backlog", 5000);
        GreenMail smtp = new GreenMail(TestSmtp.setup());
        smtp.start();
        double mdbRate;
        try (BrokerManagement broker = new BrokerManagement()) {
            broker.invoke(QUEUE, "pause");
            long acknowledgedBefore = broker.count(QUEUE, "messagesAcknowledged");
            try {
                enqueue(backlog);
            } finally {
                broker.invoke(QUEUE, "resume");
            }
            long started = System.nanoTime();
            Eventually.await("backlog of " + backlog + " drained", Duration.ofMinutes(10),
                    () -> broker.count(QUEUE, "messagesAcknowledged") - acknowledgedBefore, n -> n >= backlog);
            mdbRate = backlog / ((System.nanoTime() - started) / 1e9);
        } finally {
            smtp.stop();
        }
        double perfRate = artemisPerfReceivedPerSecond();

        System.out.printf("%nQueue drain: %d welcome-mail commands queued while paused, then drained by the MDB pool (maxSession 4)%n", backlog);
        System.out.printf("%-58s %12s%n", "consumer", "messages/s");
        System.out.printf("%-58s %12.1f%n", "mail-worker MDBs (XA: SMTP mail + WELCOME_MAIL row + dedup)", mdbRate);
        System.out.printf("%-58s %12.1f%n", "artemis perf client (persistent 1 KiB, no work)", perfRate);
        System.out.printf("%-58s %12.3f%n%n", "ratio MDB / artemis perf", mdbRate / perfRate);
    }

    private static void enqueue(int count) {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(System.getProperty("shop.broker.url"), ShopCredentials.OPERATOR, ShopCredentials.password(ShopCredentials.OPERATOR));
        try (JMSContext jms = factory.createContext(JMSContext.SESSION_TRANSACTED)) {
            Queue queue = jms.createQueue(Destinations.WELCOME_MAILS);
            String domain = "drain-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
            for (int i = 0; i < count; i++) {
                JsonMessages.send(jms, queue, new SendWelcomeMail(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                        "c" + i + "@" + domain, "Customer " + i, Instant.now()));
                if (i % 500 == 499) {
                    jms.commit();
                }
            }
            jms.commit();
        }
    }

    private static double artemisPerfReceivedPerSecond() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        Process perf = new ProcessBuilder(System.getProperty("shop.artemis.cli"), "perf", "client",
                "--url", System.getProperty("shop.broker.url"), "--user", ShopCredentials.OPERATOR, "--password", ShopCredentials.password(ShopCredentials.OPERATOR),
                "--persistent", "--message-size", "1024", "--warmup", "5", "--duration", String.valueOf(seconds),
                "queue://bench.drain").redirectErrorStream(true).start();
        String output = new String(perf.getInputStream().readAllBytes());
        assertTrue(perf.waitFor(seconds + 120L, TimeUnit.SECONDS), "artemis perf did not end");
        Matcher received = Pattern.compile("total received:\\s+(\\d+)").matcher(output);
        assertTrue(received.find(), output);
        return Long.parseLong(received.group(1)) / (double) seconds;
    }

}
