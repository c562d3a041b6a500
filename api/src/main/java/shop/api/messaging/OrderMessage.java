package shop.api.messaging;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A message about one order: the order id is its group key, so an order's messages are handled in order. */
public interface OrderMessage extends ShopMessage {

    String orderId();

    @Override
    default String groupKey() {
        return orderId();
    }

    /**
     * The id of the one message of this type that an order ever has (its OrderPlaced, its ShipOrder, ...), the same
     * each time it is sent again, so that consumers recognise a resent copy.
     */
    static String idFor(String orderId, Class<? extends OrderMessage> type) {
        return UUID.nameUUIDFromBytes((orderId + "/" + type.getSimpleName()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
