package shop.api.messaging;

import java.math.BigDecimal;
import java.time.Instant;

public record OrderPaid(String messageId, String orderId, String customerEmail, String receiptId, BigDecimal amount,
                        Instant occurredAt) implements OrderEvent {
}
