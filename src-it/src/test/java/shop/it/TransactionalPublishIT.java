package shop.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.api.messaging.OrderEvent;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The events of an order are published in the transaction that stores it: when that transaction fails at commit,
 * after the events and the shipment command were sent, none of them reaches anyone. Runs on the PostgreSQL stack,
 * where the test can make the database refuse one order (a check constraint the application does not know about).
 */
@Tag("multi-node")
class TransactionalPublishIT extends DeployedShop {

    @Test
    void shouldPublishNoEventAndShipNothingWhenTheOrdersTransactionFailsAtCommit() throws Exception {
        String doomedEmail = "doomed-" + UUID.randomUUID() + "@example.com";
        String constraint = "it_refuse_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection db = DriverManager.getConnection(System.getProperty("shop.db.url"), "postgres", "postgres");
             Statement ddl = db.createStatement()) {
            ddl.execute("alter table shop_order add constraint " + constraint + " check (customeremail <> '" + doomedEmail + "')");
            try (JMSContext jms = Broker.connect()) {
                // a subscriber of our own, attached before the requests: it sees every event published after this line
                JMSConsumer events = jms.createConsumer(jms.createTopic(Destinations.ORDER_EVENTS));
                long ordersBefore = ShopHttp.orderCount();
                int mugsBefore = ShopHttp.available("MUG-1");

                ShopHttp.Reply doomed = ShopHttp.placeOrder(ShopHttp.orderJson(doomedEmail, "MUG-1", 1));

                assertEquals(500, doomed.status(), doomed.body());
                assertEquals("application/problem+json", doomed.contentType());
                assertEquals(ordersBefore, ShopHttp.orderCount(), "no order stored");

                // An order placed after the failed one: once its events arrive, any event of the failed one would
                // have arrived before them; once it has shipped, a ShipOrder of the failed one would have been handled.
                ShopHttp.Reply marker = ShopHttp.placeOrder(ShopHttp.orderJson("marker-" + UUID.randomUUID() + "@example.com", "MUG-1", 1));
                assertEquals(201, marker.status(), marker.body());
                String markerId = marker.json().getString("id");
                List<OrderEvent> seen = new ArrayList<>();
                while (seen.stream().noneMatch(e -> e.orderId().equals(markerId) && e.getClass().getSimpleName().equals("OrderShipped"))) {
                    Message message = events.receive(30_000);
                    assertNotNull(message, "the marker order's events did not arrive; saw " + seen);
                    seen.add(JsonMessages.read(message, OrderEvent.class));
                }
                assertTrue(seen.stream().noneMatch(e -> e.customerEmail().equals(doomedEmail)), "events of the failed order: " + seen);
                assertEquals(mugsBefore - 1, ShopHttp.available("MUG-1"), "only the marker order reserved a mug");
            } finally {
                ddl.execute("alter table shop_order drop constraint " + constraint);
            }
        }
    }
}
