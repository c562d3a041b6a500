package shop.order.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.messaging.Destinations;
import shop.messaging.MessagingResources;
import shop.api.messaging.OrderEvent;
import shop.order.domain.OrderService;
import shop.messaging.Deliveries;
import shop.messaging.Deliveries.Origin;

/** Moves orders along as the rest of the shop reports on them: a durable subscriber of the order events. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_EVENTS),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = Destinations.ORDER_STATUS_SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class OrderStatusListener implements MessageListener {

    private static final Origin SUBSCRIPTION = Origin.subscription(Destinations.ORDER_EVENTS, Destinations.ORDER_STATUS_SUBSCRIPTION);

    @Inject
    Deliveries deliveries;

    @Inject
    OrderService orders;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, SUBSCRIPTION, OrderEvent.class, orders::apply);
    }
}
