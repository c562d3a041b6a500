package shop.inventory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import shop.api.messaging.Destinations;
import shop.api.messaging.JsonMessages;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.OrderLine;
import shop.api.messaging.OrderShipped;
import shop.api.messaging.ShipOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Reserves stock for an order, all lines or none, and reports the outcome on the order-events topic. Runs in the
 * delivering transaction: the stock change, the reservation record, the event and the message acknowledgement
 * commit together or not at all.
 */
@Stateless
public class InventoryService {

    private static final Logger LOG = Logger.getLogger(InventoryService.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager entityManager;

    @Inject
    @JMSConnectionFactory(Destinations.CONNECTION_FACTORY)
    JMSContext jms;

    public void ship(ShipOrder command) {
        if (entityManager.find(Reservation.class, command.orderId()) != null) {
            LOG.info(() -> "order " + command.orderId() + " was already handled; ignoring ShipOrder " + command.messageId());
            return;
        }
        Instant now = Instant.now();
        List<OrderLine> lines = new ArrayList<>(command.lines());
        lines.sort(Comparator.comparing(OrderLine::sku)); // one lock order for all consumers: no deadlocks
        List<Stock> stocks = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (OrderLine line : lines) {
            Stock stock = entityManager.find(Stock.class, line.sku(), LockModeType.PESSIMISTIC_WRITE);
            if (stock == null || !stock.covers(line.quantity())) {
                missing.add(line.sku());
            }
            stocks.add(stock);
        }
        OrderEvent outcome;
        if (missing.isEmpty()) {
            for (int i = 0; i < lines.size(); i++) {
                stocks.get(i).reserve(lines.get(i).quantity());
            }
            entityManager.persist(new Reservation(command.orderId(), Reservation.Outcome.SHIPPED, null,
                    command.messageId(), now));
            outcome = new OrderShipped(UUID.randomUUID().toString(), command.orderId(), command.customerEmail(), now);
        } else {
            entityManager.persist(new Reservation(command.orderId(), Reservation.Outcome.BACKORDERED,
                    String.join(",", missing), command.messageId(), now));
            outcome = new OrderBackordered(UUID.randomUUID().toString(), command.orderId(), command.customerEmail(),
                    missing, now);
        }
        JsonMessages.send(jms, jms.createTopic(Destinations.ORDER_EVENTS), outcome);
    }
}
