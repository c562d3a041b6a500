package shop.inventory;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.messaging.Destinations;
import shop.messaging.MessagingResources;
import shop.messaging.JsonMessages;
import shop.api.messaging.OrderCancelled;
import shop.messaging.Deliveries;
import shop.messaging.Deliveries.Origin;

/**
 * Inventory's subscription to the order events: a durable shared one whose selector lets only OrderCancelled in,
 * since that is the only event inventory acts on; it gives back the stock held for the cancelled order.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_EVENTS),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = Destinations.INVENTORY_SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "messageSelector", propertyValue = JsonMessages.TYPE + " = 'OrderCancelled'"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
public class OrderCancelledListener implements MessageListener {

    private static final Origin SUBSCRIPTION = Origin.subscription(Destinations.ORDER_EVENTS, Destinations.INVENTORY_SUBSCRIPTION);

    @Inject
    Deliveries deliveries;

    @Inject
    InventoryService inventory;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, SUBSCRIPTION, OrderCancelled.class, inventory::release);
    }
}
