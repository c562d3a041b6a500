package shop.notification;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.messaging.Destinations;
import shop.messaging.MessagingResources;
import shop.api.messaging.OrderEvent;
import shop.messaging.Deliveries;
import shop.messaging.Deliveries.Origin;

/** Durable shared subscriber: every order event reaches notification, also those published while it was down. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_EVENTS),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = Destinations.NOTIFICATION_SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class NotificationListener implements MessageListener {

    private static final Origin SUBSCRIPTION = Origin.subscription(Destinations.ORDER_EVENTS, Destinations.NOTIFICATION_SUBSCRIPTION);

    @Inject
    Deliveries deliveries;

    @Inject
    NotificationService notifications;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, SUBSCRIPTION, OrderEvent.class, notifications::notify);
    }
}
