package shop.order.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import shop.api.messaging.CancelOrder;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.PayOrder;
import shop.api.messaging.SendWelcomeMail;
import shop.api.messaging.ShipOrder;
import shop.api.messaging.ShopMessage;
import shop.messaging.Jms;
import shop.order.domain.OrderMessages;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class JmsOrderMessages implements OrderMessages {

    @Inject
    Jms jms;

    @Override
    public void publish(OrderEvent event) {
        jms.use(context -> JsonMessages.send(context, context.createTopic(Destinations.ORDER_EVENTS), event));
    }

    @Override
    public void requestShipment(ShipOrder command) {
        jms.use(context -> JsonMessages.send(context, context.createQueue(Destinations.SHIP_ORDERS), command));
    }

    @Override
    public void requestPayment(PayOrder command) {
        jms.use(context -> JsonMessages.send(context, context.createQueue(Destinations.PAY_ORDERS), command));
    }

    @Override
    public void requestWelcomeMail(SendWelcomeMail command) {
        jms.use(context -> JsonMessages.send(context, context.createQueue(Destinations.WELCOME_MAILS), command));
    }

    @Override
    public void scheduleCancellation(CancelOrder command, Duration delay) {
        jms.use(context -> JsonMessages.send(context, context.createQueue(Destinations.CANCEL_ORDERS), command, delay));
    }

    @Override
    public void resend(List<ShopMessage> messages, Instant at) {
        jms.use(context -> {
            for (ShopMessage message : messages) {
                Destination destination = message instanceof ShipOrder ? context.createQueue(Destinations.SHIP_ORDERS)
                        : context.createTopic(Destinations.ORDER_EVENTS);
                JsonMessages.resend(context, destination, message, at);
            }
        });
    }
}
