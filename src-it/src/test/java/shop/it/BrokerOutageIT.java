package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The only broker (no backup: the H2 stack) is killed under a stream of 400 orders and started again 15 s later. While
 * it is down, orders are answered 503 with Retry-After within seconds, and the catalog is served as usual; when it
 * is back, the order node takes orders again by itself. Orders the outage caught half-way are cancelled and refunded.
 */
@Tag("single-broker")
class BrokerOutageIT extends DeployedShop {

    /** The notifications of the run are mailed, as in production: none is left behind for the mail retry. */
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    private static final Path BROKER = Path.of(System.getProperty("shop.home"), "broker");
    /** How long the order node may take to know the broker is gone: its probe's 0.5 s cache and 500 ms connect. */
    private static final long NOTICE_NANOS = 1_500_000_000L;
    /** A request that arrived when the broker was known gone is refused before it touches anything. */
    private static final long REFUSED_WITHIN_MILLIS = 1_000;
    /**
     * A request already inside when the broker died waits for its broker calls (2 s each), and Payara discards the
     * pool's broken connections one at a time: about 2 s per connection that was in use, 8 here.
     */
    private static final long IN_FLIGHT_WITHIN_MILLIS = 25_000;

    @Test
    void shouldAnswer503WithinSecondsAndRecoverByItselfWhenTheBrokerIsKilled() throws Exception {
        // 8 clients, 0.3 s between a client's orders: the stream goes on through the 15 s outage and after it
        OrderChecker checker = new OrderChecker().paced(Duration.ofMillis(300));
        long[] killedAt = new long[1];
        long[] restartedAt = new long[1];

        List<OrderChecker.Attempt> attempts = checker.place(400, 8, 4, 40, () -> {
            ShopProcesses.kill(ShopProcesses.required(BROKER.resolve("data/artemis.pid"), "the broker"));
            killedAt[0] = System.nanoTime();
            Thread.sleep(2000);
            long started = System.nanoTime();
            ShopHttp.Reply products = ShopHttp.get("/api/products");
            long productsMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, products.status(), products.body());
            assertTrue(productsMillis < 2000, "the catalog needs no broker; answered in " + productsMillis + " ms");
            Thread.sleep(13_000);
            restartedAt[0] = System.nanoTime();
            Process start = new ProcessBuilder(BROKER.resolve("bin/artemis-service").toString(), "start")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            assertEquals(0, start.waitFor(), "artemis-service start");
        });

        List<OrderChecker.Attempt> refused = attempts.stream().filter(a -> a.status() == 503).toList();
        assertTrue(refused.size() >= 10, "the outage was met by the stream: " + attempts.stream().map(OrderChecker.Attempt::status).toList());
        for (OrderChecker.Attempt attempt : refused) {
            assertTrue(attempt.millis() < IN_FLIGHT_WITHIN_MILLIS, "503 after " + attempt.millis() + " ms: " + attempt.body());
            assertTrue(attempt.retryAfter() != null, "Retry-After: " + attempt.body());
        }
        List<OrderChecker.Attempt> whileKnownDown = attempts.stream()
                .filter(a -> a.startedNanos() > killedAt[0] + NOTICE_NANOS && a.startedNanos() < restartedAt[0]).toList();
        assertTrue(whileKnownDown.size() >= 10, "orders sent while the broker was down: " + whileKnownDown.size());
        for (OrderChecker.Attempt attempt : whileKnownDown) {
            assertEquals(503, attempt.status(), attempt.body());
            assertTrue(attempt.millis() < REFUSED_WITHIN_MILLIS, "refused after " + attempt.millis() + " ms: " + attempt.body());
            assertTrue(attempt.body().contains("nothing was changed"), attempt.body());
        }
        System.out.println("broker outage: " + refused.size() + " answered 503, the slowest in "
                + refused.stream().mapToLong(OrderChecker.Attempt::millis).max().orElse(0) + " ms; " + whileKnownDown.size()
                + " sent while it was known down, the slowest refused in "
                + whileKnownDown.stream().mapToLong(OrderChecker.Attempt::millis).max().orElse(0) + " ms");
        List<OrderChecker.Attempt> otherwise = attempts.stream().filter(a -> a.status() == -1 || a.status() >= 500 && a.status() != 503).toList();
        assertTrue(otherwise.isEmpty(), "no order went unanswered or failed otherwise: " + otherwise);
        Eventually.await("the broker listening again", Duration.ofSeconds(60), BrokerOutageIT::brokerListening, up -> up);
        String email = "after-outage-" + UUID.randomUUID() + "@example.com";
        ShopHttp.Reply after = Eventually.await("an order accepted after the outage, without touching the server",
                Duration.ofSeconds(60), () -> ShopHttp.placeOrder(ShopHttp.orderJson(email, "MUG-1", 1)), r -> r.status() == 201);
        Eventually.await("that order shipped", Duration.ofSeconds(60),
                () -> ShopHttp.order(after.json().getString("id")).getString("status"), "SHIPPED"::equals);

        OrderChecker.Report report = checker.check(attempts, OrderNodeCrashIT.SETTLE);
        System.out.println(report);
        // a commit the kill cut between its phases leaves the broker's branch prepared: the order node's
        // PreparedTransactionSweeper rolls it back while the checker waits for the system to settle
        report.assertNothingLostOrDoubled();
    }

    private static boolean brokerListening() {
        URI uri = URI.create(System.getProperty("shop.broker.url"));
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 1000);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
