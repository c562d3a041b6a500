package shop.it;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSSecurityRuntimeException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.api.messaging.OrderLine;
import shop.api.messaging.ShipOrder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closed by default: loopback listeners only, a password on every admin surface, each broker login to its role. */
class ClosedByDefaultIT extends DeployedShop {

    private static final Pattern LISTENER = Pattern.compile("^LISTEN\\s+\\d+\\s+\\d+\\s+(\\S+):(\\d+)\\s+.*pid=(\\d+),");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldListenOnTheLoopbackAddressOnly() throws Exception {
        String home = System.getProperty("shop.home");
        Set<Long> shopPids = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(home)).orElse(false))
                .map(ProcessHandle::pid).collect(Collectors.toSet());
        assertTrue(shopPids.size() >= 2, "the broker and the order node run: " + shopPids);

        Process ss = new ProcessBuilder("ss", "-ltnpH").redirectErrorStream(true).start();
        String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, ss.waitFor(), out);
        List<String> listeners = Arrays.stream(out.split("\n")).map(String::strip).map(LISTENER::matcher)
                .filter(Matcher::find).filter(m -> shopPids.contains(Long.parseLong(m.group(3))))
                .map(m -> m.group(1) + ":" + m.group(2)).toList();

        assertTrue(listeners.size() >= 4, "the shop's listeners: " + listeners + "\n" + out);
        // ss shows a Java socket bound to 127.0.0.1 as the IPv4-mapped [::ffff:127.0.0.1]
        List<String> open = listeners.stream()
                .filter(address -> !address.startsWith("127.0.0.1:") && !address.startsWith("[::ffff:127.0.0.1]:")).toList();
        assertTrue(open.isEmpty(), "listening beyond the loopback: " + open + " of " + listeners);
    }

    @Test
    void shouldRefuseTheAdminApiWithoutPassword() throws Exception {
        URI applications = URI.create("http://127.0.0.1:" + System.getProperty("shop.admin.port")
                + "/management/domain/applications/list-applications");

        assertEquals(401, adminApi(applications, null).statusCode(), "no login");
        assertEquals(401, adminApi(applications, "admin:admin").statusCode(), "Payara's default login");
        HttpResponse<String> operator = adminApi(applications,
                ShopCredentials.OPERATOR + ":" + ShopCredentials.password(ShopCredentials.OPERATOR));
        assertEquals(200, operator.statusCode(), operator.body());
        assertTrue(operator.body().contains("shop"), "the operator sees the deployed shop: " + operator.body());
    }

    @Test
    void shouldRefuseForgedShipOrdersFromANodeThatMayNotSendThem() {
        ShipOrder forged = new ShipOrder(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "forger@example.com",
                List.of(new OrderLine("GOLD-1", 5)), Instant.now());
        ActiveMQConnectionFactory worker = new ActiveMQConnectionFactory(System.getProperty("shop.broker.url"),
                ShopCredentials.WORKER, ShopCredentials.password(ShopCredentials.WORKER));

        try (JMSContext jms = worker.createContext(JMSContext.AUTO_ACKNOWLEDGE)) { // logged in: the password is right
            assertThrows(JMSSecurityRuntimeException.class,
                    () -> JsonMessages.send(jms, jms.createQueue(Destinations.SHIP_ORDERS), forged),
                    "a worker consumes ShipOrder commands but may not send one");
            assertThrows(JMSSecurityRuntimeException.class,
                    () -> jms.createConsumer(jms.createQueue(Destinations.deadLetterQueueOf(Destinations.ORDER_EVENTS))),
                    "only the operator reads dead letters");
        }
    }

    @Test
    void shouldNotServeTheBenchmarkInAStartedShop() {
        ShopHttp.Reply payment = ShopHttp.get("/api/benchmark/payment?calls=1&callers=1&warmup=0");
        assertEquals(404, payment.status(), "the RPC-vs-REST benchmark: " + payment.body());
        assertEquals("application/problem+json", payment.contentType());
        ShopHttp.Reply registration = ShopHttp.register("/api/benchmark/customers", "bench@example.com", "Bench");
        assertEquals(404, registration.status(), "the registration that mails inside the request: " + registration.body());
        ShopHttp.Reply rest = ShopHttp.post("/payment/api/payments", "application/json", "{}");
        assertEquals(404, rest.status(), "the REST half of the RPC-vs-REST comparison: " + rest.body());
    }

    private static HttpResponse<String> adminApi(URI uri, String login) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20))
                .header("Accept", "application/json").header("X-Requested-By", "shop-tests");
        if (login != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
