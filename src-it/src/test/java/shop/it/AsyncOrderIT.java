package shop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "Prefer: respond-async": the order is accepted at once and paid later through payAsync (a Future over IIOP). */
class AsyncOrderIT extends DeployedShop {

    private static final Duration ASYNC = Duration.ofSeconds(30);

    @Test
    void shouldAnswer202AtOnceAndPayAndShipTheOrderLater() throws Exception {
        HttpResponse<String> accepted = placeAsync(ShopHttp.orderJson(uniqueEmail(), "BOOK-1", 1));

        assertEquals(202, accepted.statusCode(), accepted.body());
        assertEquals("respond-async", accepted.headers().firstValue("Preference-Applied").orElse(null));
        JsonObject order = (JsonObject) ShopHttp.parse(accepted.body());
        assertEquals("PLACED", order.getString("status"));
        assertTrue(accepted.headers().firstValue("Location").orElseThrow().endsWith("/api/orders/" + order.getString("id")));

        String id = order.getString("id");
        JsonObject shipped = Eventually.await("async order " + id + " paid and shipped", ASYNC, () -> ShopHttp.order(id),
                o -> o.getString("status").equals("SHIPPED"));
        assertTrue(shipped.getString("receiptId").length() > 10, shipped.toString());
    }

    @Test
    void shouldRecordALaterDeclineOnTheOrderAndPublishNoEvent() throws Exception {
        HttpResponse<String> accepted = placeAsync(ShopHttp.orderJson(uniqueEmail(), "GOLD-1", 3));

        assertEquals(202, accepted.statusCode(), accepted.body());
        String id = ((JsonObject) ShopHttp.parse(accepted.body())).getString("id");
        JsonObject declined = Eventually.await("async order " + id + " declined", ASYNC, () -> ShopHttp.order(id),
                o -> o.getString("status").equals("PAYMENT_DECLINED"));
        assertEquals("amount 14997.00 exceeds the approval limit of 10000.00", declined.getString("declineReason"));
        assertEquals(0, declined.getJsonArray("notifications").size(), "no event, so nothing to notify");
    }

    private static HttpResponse<String> placeAsync(String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(System.getProperty("shop.http.url") + "/api/orders"))
                        .header("Content-Type", "application/json").header("Prefer", "respond-async")
                        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String uniqueEmail() {
        return "async-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }
}
