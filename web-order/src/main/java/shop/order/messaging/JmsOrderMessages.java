package shop.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import shop.api.messaging.CancelOrder;
import shop.api.messaging.Destinations;
import shop.api.messaging.JsonMessages;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.PayOrder;
import shop.api.messaging.SendWelcomeMail;
import shop.api.messaging.ShipOrder;

import java.time.Duration;

@ApplicationScoped
public class JmsOrderMessages implements OrderMessages {

    @Inject
    @JMSConnectionFactory(Destinations.CONNECTION_FACTORY)
    JMSContext context;

    @Override
    public void publish(OrderEvent event) {
        JsonMessages.send(context, context.createTopic(Destinations.ORDER_EVENTS), event);
    }

    @Override
    public void requestShipment(ShipOrder command) {
        JsonMessages.send(context, context.createQueue(Destinations.SHIP_ORDERS), command);
    }

    @Override
    public void requestPayment(PayOrder command) {
        JsonMessages.send(context, context.createQueue(Destinations.PAY_ORDERS), command);
    }

    @Override
    public void requestWelcomeMail(SendWelcomeMail command) {
        JsonMessages.send(context, context.createQueue(Destinations.WELCOME_MAILS), command);
    }

    @Override
    public void scheduleCancellation(CancelOrder command, Duration delay) {
        JsonMessages.send(context, context.createQueue(Destinations.CANCEL_ORDERS), command, delay);
    }
}
