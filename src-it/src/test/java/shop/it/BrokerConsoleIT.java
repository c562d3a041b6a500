package shop.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Artemis web console (behind a login) shows the shop's destinations with their counts. Read through the
 * console's own Jolokia endpoint, which is what its queue table displays.
 */
class BrokerConsoleIT extends DeployedShop {

    private static final String CONSOLE = System.getProperty("shop.console.url");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void shouldShowSubscriptionsQueueAndDeadLetterQueuesWithCountsBehindALogin() throws Exception {
        long notificationsBefore = count(queues(), Destinations.NOTIFICATION_SUBSCRIPTION, "messagesAdded");

        ShopHttp.Reply placed = ShopHttp.placeOrder(ShopHttp.orderJson("console-" + UUID.randomUUID() + "@example.com", "MUG-1", 1));
        assertEquals(201, placed.status(), placed.body());

        Map<String, JsonObject> queues = Eventually.await("order events counted on the notification subscription",
                Duration.ofSeconds(30), BrokerConsoleIT::queues,
                q -> count(q, Destinations.NOTIFICATION_SUBSCRIPTION, "messagesAdded") >= notificationsBefore + 3);

        for (String subscription : new String[]{Destinations.NOTIFICATION_SUBSCRIPTION, Destinations.ORDER_STATUS_SUBSCRIPTION}) {
            JsonObject queue = queues.get(subscription);
            assertNotNull(queue, "durable subscription " + subscription + " in " + queues.keySet());
            assertEquals(Destinations.ORDER_EVENTS, queue.getString("address"));
            assertEquals("MULTICAST", queue.getString("routingType"));
            assertEquals("true", queue.getString("durable"));
            assertTrue(count(queues, subscription, "consumerCount") >= 1, subscription + " has its MDB attached");
        }
        JsonObject work = queues.get(Destinations.SHIP_ORDERS);
        assertEquals("ANYCAST", work.getString("routingType"));
        assertTrue(count(queues, Destinations.SHIP_ORDERS, "consumerCount") >= 1, "the MDB pool drains the queue");
        assertTrue(count(queues, Destinations.SHIP_ORDERS, "messagesAdded") >= 1);
        assertNotNull(queues.get(Destinations.deadLetterQueueOf(Destinations.SHIP_ORDERS)));
        assertNotNull(queues.get(Destinations.deadLetterQueueOf(Destinations.ORDER_EVENTS)));

        // last: a failed login makes the console throttle further logins for a while
        int refused = listQueues("admin:wrong-password").statusCode();
        assertTrue(refused == 401 || refused == 403, "the console requires a login, answered " + refused);
    }

    private static long count(Map<String, JsonObject> queues, String queue, String field) {
        return Long.parseLong(queues.get(queue).getString(field));
    }

    private static Map<String, JsonObject> queues() {
        try {
            HttpResponse<String> response = listQueues(ShopCredentials.OPERATOR + ":" + ShopCredentials.password(ShopCredentials.OPERATOR));
            assertEquals(200, response.statusCode(), response.body());
            JsonObject reply = (JsonObject) ShopHttp.parse(response.body());
            assertEquals(200, reply.getInt("status"), response.body());
            String listing = reply.getString("value");
            return ((JsonObject) ShopHttp.parse(listing)).getJsonArray("data").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(q -> q.getString("name"), Function.identity()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> listQueues(String credentials) throws IOException, InterruptedException {
        String noFilter = "{\"field\":\"\",\"operation\":\"\",\"value\":\"\",\"sortOrder\":\"asc\",\"sortColumn\":\"name\"}";
        String request = Json.createObjectBuilder().add("type", "exec")
                .add("mbean", "org.apache.activemq.artemis:broker=\"shop-broker\"")
                .add("operation", "listQueues(java.lang.String,int,int)")
                .add("arguments", Json.createArrayBuilder().add(noFilter).add(1).add(100))
                .build().toString();
        URI jolokia = URI.create(CONSOLE + "/jolokia/");
        return HTTP.send(HttpRequest.newBuilder(jolokia)
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                        .header("Origin", jolokia.getScheme() + "://" + jolokia.getAuthority())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(request)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
