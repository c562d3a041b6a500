package shop.inventory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import shop.api.messaging.Destinations;
import shop.api.messaging.OrderEvent;
import shop.messaging.Jms;
import shop.messaging.JsonMessages;

import java.time.Instant;

@ApplicationScoped
public class JmsInventoryEvents implements InventoryEvents {

    @Inject
    Jms jms;

    @Override
    public void publish(OrderEvent outcome) {
        jms.use(context -> JsonMessages.send(context, context.createTopic(Destinations.ORDER_EVENTS), outcome));
    }

    @Override
    public void republish(OrderEvent outcome, Instant at) {
        jms.use(context -> JsonMessages.resend(context, context.createTopic(Destinations.ORDER_EVENTS), outcome, at));
    }
}
