package shop.api.messaging;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The order was cancelled before it shipped; {@code reason} says why (unpaid, backordered). Version 2 added
 * {@code refunded}: the amount given back for an order that had been paid, null for one that never was.
 */
public record OrderCancelled(String messageId, String orderId, String customerEmail, String reason, BigDecimal refunded,
                             Instant occurredAt) implements OrderEvent {
}
