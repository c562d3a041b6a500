package shop.api.messaging;

/** A message about one order: the order id is its group key, so an order's messages are handled in order. */
public interface OrderMessage extends ShopMessage {

    String orderId();

    @Override
    default String groupKey() {
        return orderId();
    }
}
