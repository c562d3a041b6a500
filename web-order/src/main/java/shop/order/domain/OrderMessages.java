package shop.order.domain;

import shop.api.messaging.CancelOrder;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.PayOrder;
import shop.api.messaging.SendWelcomeMail;
import shop.api.messaging.ShipOrder;
import shop.api.messaging.ShopMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What the order system tells the rest of the shop: the domain's port to the broker, implemented in messaging
 * (JmsOrderMessages). Sends join the caller's transaction.
 */
public interface OrderMessages {

    /** Publish on the order-events topic: every subscriber gets it. */
    void publish(OrderEvent event);

    /** Queue the shipment: exactly one inventory consumer handles it. */
    void requestShipment(ShipOrder command);

    /** Queue the payment of an order accepted asynchronously. */
    void requestPayment(PayOrder command);

    /** Queue the welcome mail of a newly registered customer for the mail workers. */
    void requestWelcomeMail(SendWelcomeMail command);

    /** Queue a cancellation that the broker delivers only after {@code delay} (scheduled delivery). */
    void scheduleCancellation(CancelOrder command, Duration delay);

    /** Send events and shipment commands again, as they were, at {@code at} (shop.messaging.JsonMessages#resend). */
    void resend(List<ShopMessage> messages, Instant at);
}
