package shop.api.messaging;

import java.time.Instant;
import java.util.List;

/** Stock did not cover the order; {@code missingSkus} lists the products that fell short. */
public record OrderBackordered(String messageId, String orderId, String customerEmail, List<String> missingSkus,
                               Instant occurredAt) implements OrderEvent {
}
