package shop.api.messaging;

import java.time.Instant;
import java.util.List;

/** Command on {@link Destinations#SHIP_ORDERS}: reserve stock for these lines and ship the order. */
public record ShipOrder(String messageId, String orderId, String customerEmail, List<OrderLine> lines,
                        Instant issuedAt) implements OrderMessage {
}
