package shop.inventory;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.messaging.Destinations;
import shop.api.messaging.JsonMessages;
import shop.api.messaging.ShipOrder;

/**
 * The pool of consumers of the shipment queue: each command goes to exactly one of them. A failure propagates, so the
 * broker redelivers and finally dead-letters the message (see broker.xml) instead of it being lost in a log line.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = Destinations.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.SHIP_ORDERS),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class ShipOrderListener implements MessageListener {

    @Inject
    InventoryService inventory;

    @Override
    public void onMessage(Message message) {
        inventory.ship(JsonMessages.read(message, ShipOrder.class));
    }
}
