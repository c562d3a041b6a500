package shop.order.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.messaging.CancelOrder;
import shop.api.messaging.Destinations;
import shop.messaging.MessagingResources;
import shop.order.domain.OrderService;
import shop.messaging.Deliveries;
import shop.messaging.Deliveries.Origin;

/** Cancels the orders left unpaid or backordered: the broker holds each CancelOrder back until its delay is over. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.CANCEL_ORDERS),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class CancelOrderListener implements MessageListener {

    @Inject
    Deliveries deliveries;

    @Inject
    OrderService orders;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, Origin.queue(Destinations.CANCEL_ORDERS), CancelOrder.class, orders::cancel);
    }
}
