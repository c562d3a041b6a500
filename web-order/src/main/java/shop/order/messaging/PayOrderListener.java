package shop.order.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.api.messaging.Destinations;
import shop.messaging.MessagingResources;
import shop.api.messaging.PayOrder;
import shop.order.domain.OrderService;
import shop.messaging.Deliveries;
import shop.messaging.Deliveries.Origin;

/** Charges the orders accepted with "Prefer: respond-async", one PayOrder command at a time per session. */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = MessagingResources.RESOURCE_ADAPTER),
        @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.PAY_ORDERS),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class PayOrderListener implements MessageListener {

    @Inject
    Deliveries deliveries;

    @Inject
    OrderService orders;

    @Override
    public void onMessage(Message message) {
        deliveries.handle(message, Origin.queue(Destinations.PAY_ORDERS), PayOrder.class, orders::completePayment);
    }
}
