package shop.inventory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.OrderLine;
import shop.api.messaging.OrderMessage;
import shop.api.messaging.OrderShipped;
import shop.api.messaging.ShipOrder;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

/**
 * Reserves stock for an order and reports the outcome on the order-events topic: every line covered, the order ships;
 * otherwise it is backordered and the lines that were covered are held for it, until a cancellation gives them back.
 * Each method runs in one transaction: the stock change, the reservation record (the idempotency key) and the event
 * commit together or not at all.
 */
@Stateless
public class InventoryService {

    private static final Logger LOG = Logger.getLogger(InventoryService.class.getName());

    @PersistenceContext(unitName = "inventory")
    EntityManager entityManager;

    @Inject
    InventoryEvents events;

    /**
     * Reserves the order's lines, or holds those in stock and reports the rest missing; the outcome event goes out in
     * the same transaction. A repeated command (redelivered, or resent by the order system's reconciler because the
     * outcome never reached it) changes no stock and sends the recorded outcome again, under the same event id.
     */
    public void ship(ShipOrder command) {
        Reservation earlier = entityManager.find(Reservation.class, command.orderId());
        if (earlier != null) {
            LOG.info(() -> "order " + command.orderId() + " is " + earlier.outcome() + "; repeated ShipOrder " + command.messageId());
            if (earlier.outcome() == Reservation.Outcome.SHIPPED || earlier.outcome() == Reservation.Outcome.BACKORDERED) {
                OrderEvent outcome = outcome(command, earlier.outcome() == Reservation.Outcome.SHIPPED, earlier.missingSkus(), earlier.decidedAt());
                events.republish(outcome, Instant.now());
            }
            return;
        }
        Instant now = Instant.now();
        List<OrderLine> held = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (OrderLine line : lockOrder(command.lines())) {
            Stock stock = entityManager.find(Stock.class, line.sku(), LockModeType.PESSIMISTIC_WRITE);
            if (stock != null && stock.covers(line.quantity())) {
                stock.reserve(line.quantity());
                held.add(line);
            } else {
                missing.add(line.sku());
            }
        }
        boolean covered = missing.isEmpty();
        entityManager.persist(new Reservation(command.orderId(),
                covered ? Reservation.Outcome.SHIPPED : Reservation.Outcome.BACKORDERED, missing, held, command.messageId(), now));
        OrderEvent outcome = outcome(command, covered, missing, now);
        events.publish(outcome);
    }

    /** Its id is derived from the order and the outcome, so that every copy of it is recognised as the same event. */
    private static OrderEvent outcome(ShipOrder command, boolean shipped, List<String> missing, Instant decidedAt) {
        String orderId = command.orderId();
        return shipped ? new OrderShipped(OrderMessage.idFor(orderId, OrderShipped.class), orderId, command.customerEmail(), decidedAt)
                : new OrderBackordered(OrderMessage.idFor(orderId, OrderBackordered.class), orderId, command.customerEmail(), missing, decidedAt);
    }

    /**
     * An order was cancelled: what was held for it goes back to stock. A repeated event finds the reservation
     * released and does nothing; an order inventory has not seen yet is marked, so that its late ShipOrder ships nothing.
     */
    public void release(OrderCancelled cancelled) {
        Instant now = Instant.now();
        Reservation reservation = entityManager.find(Reservation.class, cancelled.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (reservation == null) {
            entityManager.persist(new Reservation(cancelled.orderId(), Reservation.Outcome.CANCELLED, List.of(), List.of(),
                    cancelled.messageId(), now));
            return;
        }
        if (reservation.outcome() != Reservation.Outcome.BACKORDERED) {
            LOG.info(() -> "order " + cancelled.orderId() + " is " + reservation.outcome() + "; nothing to release for "
                    + cancelled.messageId());
            return;
        }
        for (OrderLine line : lockOrder(reservation.heldLines())) {
            entityManager.find(Stock.class, line.sku(), LockModeType.PESSIMISTIC_WRITE).release(line.quantity());
        }
        reservation.released(now);
        LOG.info(() -> "order " + cancelled.orderId() + " cancelled: released " + reservation.heldLines());
    }

    /** One lock order for all consumers: no deadlocks between orders that share products. */
    private static List<OrderLine> lockOrder(List<OrderLine> lines) {
        List<OrderLine> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(OrderLine::sku));
        return sorted;
    }
}
