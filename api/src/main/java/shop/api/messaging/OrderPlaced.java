package shop.api.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

public record OrderPlaced(String messageId, String orderId, String customerEmail, List<OrderLine> lines,
                          BigDecimal amount, Instant occurredAt) implements OrderEvent {
}
