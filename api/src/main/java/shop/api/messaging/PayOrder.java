package shop.api.messaging;

import java.math.BigDecimal;
import java.time.Instant;

/** Command on {@link Destinations#PAY_ORDERS}: charge this accepted order (the asynchronous order mode). */
public record PayOrder(String messageId, String orderId, String customerEmail, BigDecimal amount, Instant issuedAt)
        implements OrderMessage {
}
