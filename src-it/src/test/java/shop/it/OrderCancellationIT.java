package shop.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderEvent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delayed messages: a backordered order is cancelled automatically once order.cancel-after-ms has passed (a
 * CancelOrder held back by the broker's scheduled delivery), its charge is refunded by the payment system (a payment
 * node, over IIOP), OrderCancelled goes out with the change, and inventory, subscribed to it, gives back the stock it
 * held for the order. Runs on the PostgreSQL stack, where the delay is 10 s.
 */
@Tag("multi-node")
class OrderCancellationIT extends DeployedShop {

    private static final Duration DELAY = Duration.ofMillis(Long.getLong("shop.order.cancel-after-ms"));
    /** Ordered by no test that ships it: on this stack only backorders hold it, each until its cancellation. */
    private static final String HELD_SKU = "GOLD-1";

    @Test
    void shouldCancelABackorderedOrderAfterTheDelayRefundItReleaseItsHeldStockAndPublishOrderCancelledOnce() throws Exception {
        ShopHttp.Stock before = Eventually.await("stock held by earlier tests' backorders released", DELAY.plusSeconds(30),
                () -> ShopHttp.stock(HELD_SKU), stock -> stock.reserved() == 0);
        try (JMSContext jms = Broker.connect()) {
            JMSConsumer events = jms.createConsumer(jms.createTopic(Destinations.ORDER_EVENTS));
            ShopHttp.Reply placed = ShopHttp.placeOrder(ShopHttp.orderJson("cancel-" + UUID.randomUUID() + "@example.com",
                    HELD_SKU, "POSTER-0"));
            assertEquals(201, placed.status(), placed.body());
            String id = placed.json().getString("id");

            JsonObject backordered = Eventually.await("order " + id + " backordered", Duration.ofSeconds(30),
                    () -> ShopHttp.order(id), o -> !o.getString("status").equals("PAID"));
            assertEquals("BACKORDERED", backordered.getString("status"), "not cancelled before the delay");
            assertEquals(new ShopHttp.Stock(before.available() - 1, 1), ShopHttp.stock(HELD_SKU), "the covered line is held");
            JsonObject cancelled = Eventually.await("order " + id + " cancelled", DELAY.plusSeconds(30),
                    () -> ShopHttp.order(id), o -> o.getString("status").equals("CANCELLED"));

            Duration waited = Duration.between(Instant.parse(backordered.getString("updatedAt")), Instant.parse(cancelled.getString("updatedAt")));
            assertTrue(waited.compareTo(DELAY.minusSeconds(1)) >= 0, "cancelled after " + waited + ", the delay is " + DELAY);
            assertTrue(cancelled.getString("cancelReason").startsWith("stock did not arrive within"), cancelled.toString());
            assertTrue(cancelled.containsKey("refundedAt"), "refund recorded: " + cancelled);
            assertEquals("REFUNDED", paymentStatusOf(id), "the payment system refunded the charge");
            Eventually.await("the held unit back in stock", Duration.ofSeconds(30), () -> ShopHttp.stock(HELD_SKU),
                    before::equals);
            Eventually.await("the customer is told", Duration.ofSeconds(30), () -> ShopHttp.order(id),
                    o -> o.getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                            .anyMatch(n -> n.getString("eventType").equals("OrderCancelled")));
            List<OrderEvent> seen = new ArrayList<>();
            while (seen.stream().noneMatch(e -> e instanceof OrderCancelled && e.orderId().equals(id))) {
                Message message = events.receive(30_000);
                assertNotNull(message, "no OrderCancelled for " + id + "; saw " + seen);
                seen.add(JsonMessages.read(message, OrderEvent.class));
            }
            assertEquals(List.of("OrderPlaced", "OrderPaid", "OrderBackordered", "OrderCancelled"),
                    seen.stream().filter(e -> e.orderId().equals(id)).map(e -> e.getClass().getSimpleName()).toList());
            OrderCancelled cancellation = (OrderCancelled) seen.get(seen.size() - 1);
            assertEquals(0, cancelled.getJsonNumber("amount").bigDecimalValue().compareTo(cancellation.refunded()),
                    "OrderCancelled carries the refunded amount: " + cancellation);
        }
    }

    private static String paymentStatusOf(String orderId) throws Exception {
        try (Connection payments = DriverManager.getConnection(System.getProperty("shop.payment.db.url"), "postgres", "postgres");
             PreparedStatement status = payments.prepareStatement("select status from payment where orderid = ?")) {
            status.setString(1, orderId);
            try (ResultSet row = status.executeQuery()) {
                assertTrue(row.next(), "no payment for order " + orderId);
                return row.getString(1);
            }
        }
    }
}
