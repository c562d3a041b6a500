package shop.inventory;

import shop.api.messaging.OrderEvent;

import java.time.Instant;

/** What inventory tells the rest of the shop: its port to the broker (JmsInventoryEvents). Sends join the caller's transaction. */
public interface InventoryEvents {

    /** Publish the outcome of a shipment on the order-events topic. */
    void publish(OrderEvent outcome);

    /** Publish an outcome again, as it was, at {@code at} (shop.messaging.JsonMessages#resend). */
    void republish(OrderEvent outcome, Instant at);
}
