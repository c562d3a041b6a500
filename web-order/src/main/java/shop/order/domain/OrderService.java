package shop.order.domain;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.api.messaging.CancelOrder;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.OrderLine;
import shop.api.messaging.OrderPaid;
import shop.api.messaging.OrderPlaced;
import shop.api.messaging.OrderShipped;
import shop.api.messaging.PayOrder;
import shop.api.messaging.ShipOrder;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;
import shop.order.messaging.OrderMessages;
import shop.order.payment.PaymentGateway;
import shop.order.payment.PaymentProvidersFailedException;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The order system's one transaction per request: store the order, charge it through the remote payment system,
 * store the receipt, publish the events and queue the shipment. Any failure rolls all of it back, messages included.
 */
@Stateless
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class.getName());

    @PersistenceContext(unitName = "order")
    EntityManager entityManager;

    @Inject
    PaymentGateway payments;

    @Inject
    OrderMessages messages;

    /** How long an order may stay unpaid or backordered before it is cancelled. */
    @Inject
    @ConfigProperty(name = "order.cancel-after-ms", defaultValue = "86400000")
    long cancelAfterMillis;

    /** One requested line of an order, as the caller wrote it. */
    public record Line(String sku, int quantity) {
    }

    /** The synchronous mode: charge within the request; a decline rolls everything back. */
    public ShopOrder place(String orderId, String customerEmail, List<Line> lines) {
        Instant now = Instant.now();
        ShopOrder order = new ShopOrder(orderId, customerEmail, priced(lines), now);
        entityManager.persist(order);

        PaymentReceipt receipt = charge(order, false);
        if (!receipt.approved()) {
            throw new PaymentDeclinedException(order.amount(), receipt.declineReason());
        }
        paid(order, receipt, now);
        return order;
    }

    /**
     * The asynchronous mode: store the order and queue its payment in one transaction, answer at once. The queued
     * {@link PayOrder} survives a restart; {@link #completePayment} takes it from there.
     */
    public ShopOrder accept(String orderId, String customerEmail, List<Line> lines) {
        ShopOrder order = new ShopOrder(orderId, customerEmail, priced(lines), Instant.now());
        entityManager.persist(order);
        messages.requestPayment(new PayOrder(newId(), order.id(), customerEmail, order.amount(), order.createdAt()));
        scheduleCancellation(order, "it was not paid");
        return order;
    }

    /**
     * Charges an accepted order through the payment system's asynchronous method. A repeated command finds the order
     * no longer PLACED and does nothing; a failure of every provider propagates, so the broker redelivers the
     * command (the charge is idempotent by order id) and finally dead-letters it, leaving the order PLACED.
     */
    public void completePayment(PayOrder command) {
        ShopOrder order = entityManager.find(ShopOrder.class, command.orderId());
        if (order == null) {
            throw new IllegalStateException("PayOrder for unknown order " + command.orderId());
        }
        if (order.status() != OrderStatus.PLACED) {
            LOG.info(() -> "order " + order.id() + " is " + order.status() + "; ignoring repeated PayOrder " + command.messageId());
            return;
        }
        PaymentReceipt receipt = charge(order, true);
        Instant now = Instant.now();
        if (receipt.approved()) {
            paid(order, receipt, now);
        } else {
            order.paymentDeclined(receipt.declineReason(), now);
        }
    }

    private void paid(ShopOrder order, PaymentReceipt receipt, Instant now) {
        order.paid(receipt.receiptId(), now);
        List<OrderLine> orderLines = order.items().stream().map(i -> new OrderLine(i.sku(), i.quantity())).toList();
        String email = order.customerEmail();
        messages.publish(new OrderPlaced(newId(), order.id(), email, orderLines, order.amount(), now));
        messages.publish(new OrderPaid(newId(), order.id(), email, receipt.receiptId(), order.amount(), now));
        messages.requestShipment(new ShipOrder(newId(), order.id(), email, orderLines, now));
    }

    /** Applies what other services report; repeated or late events leave the order as it is. */
    public void apply(OrderEvent event) {
        Instant now = Instant.now();
        ShopOrder order = entityManager.find(ShopOrder.class, event.orderId());
        if (order == null) {
            throw new IllegalStateException(event.getClass().getSimpleName() + " for unknown order " + event.orderId());
        }
        boolean changed;
        if (event instanceof OrderShipped) {
            changed = order.shipped(now);
        } else if (event instanceof OrderBackordered backordered) {
            changed = order.backordered(backordered.missingSkus(), now);
            if (changed) {
                scheduleCancellation(order, "stock did not arrive");
            }
        } else {
            return; // OrderPlaced, OrderPaid and OrderCancelled are this service's own news
        }
        if (!changed) {
            LOG.info(() -> "order " + order.id() + " is " + order.status() + "; ignoring repeated "
                    + event.getClass().getSimpleName() + " " + event.messageId());
        }
    }

    /**
     * A delayed CancelOrder has arrived: an order still unpaid or backordered is cancelled, and OrderCancelled is
     * published in the same transaction. A backordered order was paid: its charge is refunded first (committed by the
     * payment system on its own; should this transaction fail after it, the redelivered command refunds again and
     * gets the same receipt). An order that moved on meanwhile, or a repeated command, changes nothing.
     */
    public void cancel(CancelOrder command) {
        ShopOrder order = entityManager.find(ShopOrder.class, command.orderId());
        if (order == null) {
            throw new IllegalStateException("CancelOrder for unknown order " + command.orderId());
        }
        if (!order.cancellable()) {
            LOG.info(() -> "order " + order.id() + " is " + order.status() + "; not cancelling (" + command.messageId() + ")");
            return;
        }
        Instant refundedAt = order.charged() ? refund(order) : null;
        Instant now = Instant.now();
        order.cancelled(command.reason(), refundedAt, now);
        BigDecimal refunded = refundedAt == null ? null : order.amount();
        messages.publish(new OrderCancelled(newId(), order.id(), order.customerEmail(), command.reason(), refunded, now));
    }

    /** @return when the refund was confirmed; a failure of every provider propagates and the command comes again */
    private Instant refund(ShopOrder order) {
        PaymentReceipt receipt = payments.refund(order.id());
        if (receipt.status() != PaymentReceipt.Status.REFUNDED) {
            throw new IllegalStateException("refund of order " + order.id() + " answered " + receipt);
        }
        return Instant.now();
    }

    /** @param reason what will not have happened by then, e.g. "it was not paid" */
    private void scheduleCancellation(ShopOrder order, String reason) {
        Duration delay = Duration.ofMillis(cancelAfterMillis);
        messages.scheduleCancellation(new CancelOrder(newId(), order.id(), reason + " within " + delay, Instant.now()), delay);
    }

    public Optional<ShopOrder> find(String id) {
        return Optional.ofNullable(entityManager.find(ShopOrder.class, id));
    }

    public long count() {
        return entityManager.createQuery("select count(o) from ShopOrder o", Long.class).getSingleResult();
    }

    public List<ShopOrder> latest(int max) {
        return entityManager.createQuery("select o from ShopOrder o order by o.createdAt desc", ShopOrder.class)
                .setMaxResults(max).getResultList();
    }

    public List<Product> catalog() {
        return entityManager.createQuery("select p from Product p order by p.sku", Product.class).getResultList();
    }

    private List<OrderItem> priced(List<Line> lines) {
        List<InvalidOrderException.FieldError> errors = new ArrayList<>();
        List<OrderItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String field = "items[" + i + "].sku";
            Product product = entityManager.find(Product.class, line.sku());
            if (!seen.add(line.sku())) {
                errors.add(new InvalidOrderException.FieldError(field, "product '" + line.sku()
                        + "' appears more than once; put the total quantity on one line"));
            } else if (product == null) {
                errors.add(new InvalidOrderException.FieldError(field, "unknown product '" + line.sku()
                        + "'; GET /api/products lists the catalog"));
            } else {
                items.add(new OrderItem(product.sku(), line.quantity(), product.price()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidOrderException(errors);
        }
        return items;
    }

    private PaymentReceipt charge(ShopOrder order, boolean async) {
        PaymentRequest request = new PaymentRequest(order.id(), order.customerEmail(), order.amount());
        try {
            return async ? payments.payAsync(request) : payments.pay(request);
        } catch (PaymentProvidersFailedException e) {
            throw new PaymentUnavailableException(e.getMessage(), e);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
