package shop.notification;

import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.OrderPaid;
import shop.api.messaging.OrderPlaced;
import shop.api.messaging.OrderShipped;

/** What the customer is told about each event. */
final class NotificationText {

    record Text(String subject, String body) {
    }

    static Text of(OrderEvent event) {
        String order = "order " + event.orderId();
        if (event instanceof OrderPlaced placed) {
            return new Text("We received your " + order,
                    "Thank you. We received your " + order + " over " + placed.amount().toPlainString() + ".");
        }
        if (event instanceof OrderPaid paid) {
            return new Text("Payment received for " + order,
                    "Your payment of " + paid.amount().toPlainString() + " was approved, receipt " + paid.receiptId() + ".");
        }
        if (event instanceof OrderShipped) {
            return new Text("Your " + order + " has shipped", "Your " + order + " is on its way.");
        }
        if (event instanceof OrderCancelled cancelled) {
            String refund = cancelled.refunded() == null ? ""
                    : " We refunded your payment of " + cancelled.refunded().toPlainString() + ".";
            return new Text("Your " + order + " was cancelled", "We cancelled your " + order + ": " + cancelled.reason() + "." + refund);
        }
        OrderBackordered backordered = (OrderBackordered) event;
        return new Text("Your " + order + " is backordered",
                "We are out of " + String.join(", ", backordered.missingSkus()) + "; your " + order
                        + " ships as soon as stock arrives.");
    }

    private NotificationText() {
    }
}
