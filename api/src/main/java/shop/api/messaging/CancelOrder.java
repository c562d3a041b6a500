package shop.api.messaging;

import java.time.Instant;

/**
 * Command on {@link Destinations#CANCEL_ORDERS}, sent with a delivery delay: cancel this order if, by the time it is
 * delivered, it is still unpaid or backordered.
 */
public record CancelOrder(String messageId, String orderId, String reason, Instant issuedAt) implements OrderMessage {
}
