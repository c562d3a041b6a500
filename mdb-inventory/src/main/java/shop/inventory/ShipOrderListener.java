package shop.inventory;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.messaging.Destinations;
import shop.messaging.MessagingResources;
import shop.api.messaging.ShipOrder;
import shop.messaging.Deliveries;
import shop.messaging.Deliveries.Origin;

/**
 * The pool of consumers of the shipment queue: each command goes to exactly one of them. A failure is retried by the
 * broker and finally dead-lettered with its reason (shop.messaging.Deliveries), never lost in a log line.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.SHIP_ORDERS),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class ShipOrderListener implements MessageListener {

    @Inject
    Deliveries deliveries;

    @Inject
    InventoryService inventory;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, Origin.queue(Destinations.SHIP_ORDERS), ShipOrder.class, inventory::ship);
    }
}
