package shop.audit;

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

/**
 * Durable shared subscriber: every order event reaches the audit once, however many worker nodes serve it (they split
 * the events like a Kafka consumer group), also the events published while no worker ran. Events of one order come in
 * order: they form one message group (JMSXGroupID = order id), which the broker gives to one consumer at a time.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_EVENTS),
        @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
        @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = Destinations.AUDIT_SUBSCRIPTION),
        @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
public class OrderAuditListener implements MessageListener {

    private static final Origin SUBSCRIPTION = Origin.subscription(Destinations.ORDER_EVENTS, Destinations.AUDIT_SUBSCRIPTION);

    @Inject
    Deliveries deliveries;

    @Inject
    AuditService audit;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, SUBSCRIPTION, OrderEvent.class, audit::record);
    }
}
