package shop.api.messaging;

/** Something that happened to an order, published on {@link Destinations#ORDER_EVENTS}. */
public sealed interface OrderEvent extends OrderMessage
        permits OrderPlaced, OrderPaid, OrderShipped, OrderBackordered, OrderCancelled {

    String customerEmail();

    java.time.Instant occurredAt();
}
