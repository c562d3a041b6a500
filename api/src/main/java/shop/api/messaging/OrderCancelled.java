package shop.api.messaging;

import java.time.Instant;

/** The order was cancelled before it shipped; {@code reason} says why (unpaid, backordered). */
public record OrderCancelled(String messageId, String orderId, String customerEmail, String reason, Instant occurredAt)
        implements OrderEvent {
}
