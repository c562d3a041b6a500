package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.api.messaging.OrderEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order flow end to end through HTTP: remote payment, the events topic, the shipment queue, mail. */
class OrderFlowIT extends DeployedShop {

    private static final Duration ASYNC = Duration.ofSeconds(30);

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    @Test
    void shouldPayShipAndMailEveryStepWhenStockCoversTheOrder() throws Exception {
        String email = uniqueEmail();
        int booksBefore = ShopHttp.available("BOOK-1");

        ShopHttp.Reply placed = ShopHttp.placeOrder(ShopHttp.orderJson(email, "BOOK-1", 2));

        assertEquals(201, placed.status(), placed.body());
        assertNotNull(placed.location(), "Location header");
        JsonObject created = placed.json();
        assertTrue(placed.location().endsWith("/api/orders/" + created.getString("id")), placed.location());
        assertEquals("PAID", created.getString("status"), "the answer comes after payment, before shipping");
        assertEquals("79.80", created.getJsonNumber("amount").bigDecimalValue().toPlainString());
        assertNotNull(created.getString("receiptId"));

        String id = created.getString("id");
        JsonObject shipped = Eventually.await("order " + id + " shipped with 3 notifications", ASYNC,
                () -> ShopHttp.order(id),
                order -> order.getString("status").equals("SHIPPED") && order.getJsonArray("notifications").size() == 3);
        assertEquals(List.of("OrderPaid", "OrderPlaced", "OrderShipped"), eventTypes(shipped));
        assertEquals(booksBefore - 2, ShopHttp.available("BOOK-1"), "stock reserved once");

        MimeMessage[] mails = Eventually.await("3 mails to " + email, ASYNC,
                () -> SMTP.getReceivedMessagesForDomain(email), received -> received.length == 3);
        List<String> subjects = new ArrayList<>();
        for (MimeMessage mail : mails) {
            subjects.add(mail.getSubject());
        }
        subjects.sort(String::compareTo);
        assertEquals(List.of("Payment received for order " + id, "We received your order " + id,
                "Your order " + id + " has shipped"), subjects);
        JsonObject mailed = Eventually.await("notifications marked MAILED", ASYNC, () -> ShopHttp.order(id),
                order -> order.getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                        .allMatch(n -> n.getString("status").equals("MAILED")));
        assertEquals(3, mailed.getJsonArray("notifications").size());
    }

    @Test
    void shouldBackorderAndHoldTheCoveredLineWhenStockFallsShort() {
        // GOLD-1 is ordered by no test that expects it to ship, so nothing else moves its stock meanwhile
        ShopHttp.Stock goldBefore = ShopHttp.stock("GOLD-1");

        ShopHttp.Reply placed = ShopHttp.placeOrder(ShopHttp.orderJson(uniqueEmail(), "GOLD-1", "POSTER-0"));

        assertEquals(201, placed.status(), placed.body());
        String id = placed.json().getString("id");
        JsonObject backordered = Eventually.await("order " + id + " backordered", ASYNC, () -> ShopHttp.order(id),
                order -> order.getString("status").equals("BACKORDERED")
                        && order.getJsonArray("notifications").size() == 3);
        assertEquals(List.of("POSTER-0"), backordered.getJsonArray("missingSkus").getValuesAs(JsonString::getString));
        assertEquals(List.of("OrderBackordered", "OrderPaid", "OrderPlaced"), eventTypes(backordered));
        assertEquals(new ShopHttp.Stock(goldBefore.available() - 1, goldBefore.reserved() + 1), ShopHttp.stock("GOLD-1"),
                "the covered line is held for the backordered order");
    }

    @Test
    void shouldAnswer402StoreNothingAndPublishNothingWhenPaymentIsDeclined() {
        String declinedEmail = uniqueEmail();
        String markerEmail = uniqueEmail();
        long ordersBefore = ShopHttp.orderCount();

        try (JMSContext jms = Broker.connect()) {
            // a subscriber of our own, attached before the requests: it sees every event published after this line
            JMSConsumer events = jms.createConsumer(jms.createTopic(Destinations.ORDER_EVENTS));

            ShopHttp.Reply declined = ShopHttp.placeOrder(ShopHttp.orderJson(declinedEmail, "GOLD-1", 3));

            assertEquals(402, declined.status(), declined.body());
            assertEquals("application/problem+json", declined.contentType());
            assertEquals("amount 14997.00 exceeds the approval limit of 10000.00", declined.json().getString("detail"));
            assertEquals(ordersBefore, ShopHttp.orderCount(), "no order stored");

            // An order placed after the declined one: once its events arrive, any event of the declined one,
            // committed earlier, would have arrived before them.
            ShopHttp.Reply marker = ShopHttp.placeOrder(ShopHttp.orderJson(markerEmail, "MUG-1", 1));
            assertEquals(201, marker.status(), marker.body());
            String markerId = marker.json().getString("id");
            List<OrderEvent> seen = new ArrayList<>();
            while (seen.stream().noneMatch(e -> e.orderId().equals(markerId))) {
                Message message = events.receive(ASYNC.toMillis());
                assertNotNull(message, "the marker order's events did not arrive; saw " + seen);
                seen.add(JsonMessages.read(message, OrderEvent.class));
            }
            assertTrue(seen.stream().noneMatch(e -> e.customerEmail().equals(declinedEmail)),
                    "events of the declined order: " + seen);
        }
    }

    @Test
    void shouldPlaceOneOrderAndChargeItOnceWhenTheSameIdempotencyKeyIsSentTwice() {
        String key = "checkout-" + UUID.randomUUID();
        String json = ShopHttp.orderJson(uniqueEmail(), "MUG-1", 2);
        long ordersBefore = ShopHttp.orderCount();

        ShopHttp.Reply first = ShopHttp.post("/api/orders", "application/json", json, "Idempotency-Key", key);
        ShopHttp.Reply again = ShopHttp.post("/api/orders", "application/json", json, "Idempotency-Key", key);

        assertEquals(201, first.status(), first.body());
        assertEquals(200, again.status(), "a replay answers with the order the first request made: " + again.body());
        assertEquals(first.json().getString("id"), again.json().getString("id"));
        assertEquals(first.json().getString("receiptId"), again.json().getString("receiptId"), "charged once");
        assertEquals(ordersBefore + 1, ShopHttp.orderCount());
        assertEquals(400, ShopHttp.post("/api/orders", "application/json", json, "Idempotency-Key", "has spaces").status());
    }

    private static List<String> eventTypes(JsonObject order) {
        return order.getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("eventType")).sorted().toList();
    }

    private static String uniqueEmail() {
        return "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

}
