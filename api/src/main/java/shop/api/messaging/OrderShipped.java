package shop.api.messaging;

import java.time.Instant;

public record OrderShipped(String messageId, String orderId, String customerEmail, Instant occurredAt)
        implements OrderEvent {
}
