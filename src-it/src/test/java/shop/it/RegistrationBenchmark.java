package shop.it;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The registration's response time with the welcome mail queued (the shop's way) beside the mail sent inside the
 * request (for comparison), against a real SMTP server (an in-process GreenMail). A benchmark, not a test: it asserts
 * only that every registration succeeded and every mail arrived. {@code mvn -Pbench verify}; -Dbench.registrations.
 */
class RegistrationBenchmark extends DeployedShop {

    private static final String QUEUED = "/api/customers";
    /** the comparison, only in the benchmark's build of web-order (src/bench) */
    private static final String SYNCHRONOUS = "/api/benchmark/customers";

    @Test
    void printQueuedVersusSynchronousWelcomeMail() {
        int registrations = Integer.getInteger("bench.registrations", 300);
        GreenMail smtp = new GreenMail(TestSmtp.setup());
        smtp.start();
        try {
            run("warm-up", registrations / 3, QUEUED, smtp);
            run("warm-up", registrations / 3, SYNCHRONOUS, smtp);
            long[] queued = run("queued", registrations, QUEUED, smtp);
            long[] sync = run("sync", registrations, SYNCHRONOUS, smtp);

            System.out.printf("%nRegistration: %d sequential POST /api/customers per mode, SMTP on loopback%n", registrations);
            System.out.printf("%-32s %10s %10s %10s%n", "mode", "p50 ms", "p99 ms", "mean ms");
            print("welcome mail queued (default)", queued);
            print("welcome mail sent in request", sync);
            System.out.println();
        } finally {
            smtp.stop();
        }
    }

    private static long[] run(String mode, int count, String path, GreenMail smtp) {
        String domain = mode + "-" + UUID.randomUUID().toString().substring(0, 8) + ".example.com";
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            ShopHttp.Reply reply = ShopHttp.register(path, "c" + i + "@" + domain, "Customer " + i);
            nanos[i] = System.nanoTime() - started;
            assertEquals(201, reply.status(), reply.body());
        }
        Eventually.await(count + " welcome mails for " + mode, Duration.ofSeconds(120),
                () -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipientIn(m, domain)).count(), n -> n == count);
        Arrays.sort(nanos);
        return nanos;
    }

    private static boolean recipientIn(jakarta.mail.internet.MimeMessage mail, String domain) {
        try {
            return mail.getAllRecipients()[0].toString().endsWith("@" + domain);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void print(String mode, long[] sorted) {
        System.out.printf("%-32s %10.3f %10.3f %10.3f%n", mode, sorted[(int) Math.ceil(0.50 * sorted.length) - 1] / 1e6,
                sorted[(int) Math.ceil(0.99 * sorted.length) - 1] / 1e6, Arrays.stream(sorted).average().orElse(0) / 1e6);
    }
}
