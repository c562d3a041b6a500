package shop.inventory;

import shop.api.messaging.OrderEvent;

import java.time.Instant;

/** What inventory tells the rest of the shop: its port to the broker (JmsInventoryEvents). Sends join the caller's transaction. */
public interface InventoryEvents {

    /** Publish the outcome of a shipment on the order-events topic. */
    void publish(OrderEvent outcome);

    /**
     * Publish an outcome again, as it was: its consumers recognise the id. The broker's duplicate detection must let
     * it through (it would refuse the whole transaction), so it carries a duplicate-detection id of this resend, {@code at}.
     */
    void republish(OrderEvent outcome, Instant at);
}
