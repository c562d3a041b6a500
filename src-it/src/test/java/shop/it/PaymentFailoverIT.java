package shop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The multi-node topology: the order node calls two payment nodes (other JVMs) over RMI-IIOP, found through its
 * provider registry. Runs only where the build started payment nodes (the PostgreSQL stack).
 */
@Tag("multi-node")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PaymentFailoverIT extends DeployedShop {

    private static final List<String> PROVIDERS = List.of(System.getProperty("shop.payment.providers").split(","));

    @Test
    @Order(1)
    void shouldSpreadCallsOverTheProvidersWithoutAskingTheRegistryPerCall() {
        placeOrders(2); // warm-up: each provider's stub is looked up once
        double lookupsBefore = Metrics.value("payment_registry_lookups_total", Map.of());
        List<Double> callsBefore = PROVIDERS.stream().map(PaymentFailoverIT::callsOf).toList();

        placeOrders(10);

        assertEquals(lookupsBefore, Metrics.value("payment_registry_lookups_total", Map.of()), "no look-up for cached stubs");
        double total = 0;
        for (int i = 0; i < PROVIDERS.size(); i++) {
            double calls = callsOf(PROVIDERS.get(i)) - callsBefore.get(i);
            assertEquals(5, calls, "round robin: half of the 10 calls to " + PROVIDERS.get(i));
            total += calls;
        }
        assertEquals(10, total);
    }

    @Test
    @Order(2)
    void shouldMoveOnToTheNextProviderWhenOneStopsAnsweringAndTheCallTimesOut() throws Exception {
        ProcessHandle frozen = paymentNode(2);
        String hung = PROVIDERS.get(1);
        double errorsBefore = errorsOf(hung);
        signal("STOP", frozen); // the process stays, its sockets stay open, it answers nothing: a hung provider
        try {
            for (int i = 0; i < 4; i++) { // round robin: at least one of these goes to the hung provider first
                ShopHttp.Reply reply = ShopHttp.placeOrder(ShopHttp.orderJson("hung-" + UUID.randomUUID() + "@example.com", "MUG-1", 1));
                assertEquals(201, reply.status(), "order " + i + ": " + reply.body());
            }
        } finally {
            signal("CONT", frozen);
        }
        assertEquals(1, errorsOf(hung) - errorsBefore, "the hung provider timed out once, then it was skipped");
    }

    @Test
    @Order(3)
    void shouldCompleteEveryOrderAndChargeEachOnceWhenAProviderDiesMidStream() throws Exception {
        String victim = PROVIDERS.get(0);
        double errorsBefore = errorsOf(victim);
        List<String> orderIds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            if (i == 5) {
                killPaymentNode(1);
            }
            ShopHttp.Reply reply = ShopHttp.placeOrder(ShopHttp.orderJson("failover-" + UUID.randomUUID() + "@example.com", "MUG-1", 1));
            assertEquals(201, reply.status(), "order " + i + ": " + reply.body());
            orderIds.add(reply.json().getString("id"));
        }

        double victimErrors = errorsOf(victim) - errorsBefore;
        assertTrue(victimErrors >= 1 && victimErrors <= 2,
                "the dead provider is skipped after its first failure, not tried per call: " + victimErrors + " failed calls");
        try (Connection payments = DriverManager.getConnection(System.getProperty("shop.payment.db.url"), "postgres", "postgres");
             PreparedStatement charges = payments.prepareStatement("select receiptid from payment where orderid = ?")) {
            for (String id : orderIds) {
                JsonObject order = Eventually.await("order " + id + " shipped", Duration.ofSeconds(30),
                        () -> ShopHttp.order(id), o -> o.getString("status").equals("SHIPPED"));
                charges.setString(1, id);
                List<String> receipts = new ArrayList<>();
                try (ResultSet rows = charges.executeQuery()) {
                    while (rows.next()) {
                        receipts.add(rows.getString(1));
                    }
                }
                assertEquals(List.of(order.getString("receiptId")), receipts, "one charge for order " + id);
            }
        }
    }

    private static void placeOrders(int count) {
        for (int i = 0; i < count; i++) {
            ShopHttp.Reply reply = ShopHttp.placeOrder(ShopHttp.orderJson("spread@example.com", "MUG-1", 1));
            assertEquals(201, reply.status(), reply.body());
        }
    }

    private static double callsOf(String provider) {
        return Metrics.value("payment_calls_seconds_count", Map.of("provider", provider, "method", "pay"));
    }

    private static double errorsOf(String provider) {
        return Metrics.value("payment_call_errors_total", Map.of("provider", provider, "method", "pay"));
    }

    private static void killPaymentNode(int node) throws Exception {
        ShopProcesses.kill(paymentNode(node));
    }

    private static ProcessHandle paymentNode(int node) throws Exception {
        return ShopProcesses.required(Path.of(System.getProperty("shop.domains"), "payment-" + node, "config", "pid"),
                "payment-" + node);
    }

    private static void signal(String signal, ProcessHandle process) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).start().waitFor());
    }
}
