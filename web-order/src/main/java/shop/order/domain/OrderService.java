package shop.order.domain;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.api.messaging.CancelOrder;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.OrderLine;
import shop.api.messaging.OrderMessage;
import shop.api.messaging.OrderPaid;
import shop.api.messaging.OrderPlaced;
import shop.api.messaging.OrderShipped;
import shop.api.messaging.PayOrder;
import shop.api.messaging.ShipOrder;
import shop.api.messaging.ShopMessage;
import shop.api.payment.NothingToRefundException;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;

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
 * The order system's transactions. A synchronous order takes three ({@link OrderPlacement}): {@link #store} (PLACED),
 * the charge outside any transaction, {@link #completePaid} (PAID, events, shipment command). So the order exists
 * before anything is charged, and a charge whose order did not complete is found and refunded by the cancellation
 * of unpaid orders ({@link OrderReconciler}). Messages about orders this node does not have are logged and dropped:
 * they can only be news of an order whose transaction never committed.
 */
@Stateless
public class OrderService {

    private static final Logger LOG = Logger.getLogger(OrderService.class.getName());

    @PersistenceContext(unitName = "order")
    EntityManager entityManager;

    @Inject
    Payments payments;

    @Inject
    OrderMessages messages;

    /** How long an order may stay unpaid or backordered before it is cancelled. */
    @Inject
    @ConfigProperty(name = "order.cancel-after-ms", defaultValue = "86400000")
    long cancelAfterMillis;

    /** One requested line of an order, as the caller wrote it. */
    public record Line(String sku, int quantity) {
    }

    /** The synchronous mode's first step: the order is stored unpaid, to be paid within the request. */
    public ShopOrder store(String orderId, String customerEmail, List<Line> lines) {
        Instant now = Instant.now();
        ShopOrder order = new ShopOrder(orderId, customerEmail, priced(lines), now, now);
        entityManager.persist(order);
        return order;
    }

    /**
     * The synchronous mode's last step, after an approved charge: PAID, its events and the shipment command, in one
     * transaction. An order that is no longer PLACED (paid by a resent request, or cancelled meanwhile) is returned
     * as it is.
     */
    public ShopOrder completePaid(String orderId, PaymentReceipt receipt) {
        ShopOrder order = entityManager.find(ShopOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order.status() == OrderStatus.PLACED) {
            paid(order, receipt, Instant.now());
        }
        return order;
    }

    /** A declined synchronous order leaves nothing behind: it was never announced to anyone. */
    public void discardDeclined(String orderId) {
        ShopOrder order = entityManager.find(ShopOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order != null && order.status() == OrderStatus.PLACED) {
            entityManager.remove(order);
        }
    }

    /**
     * The asynchronous mode: store the order and queue its payment in one transaction, answer at once. The queued
     * {@link PayOrder} survives a restart; {@link #completePayment} takes it from there.
     */
    public ShopOrder accept(String orderId, String customerEmail, List<Line> lines) {
        Instant now = Instant.now();
        ShopOrder order = new ShopOrder(orderId, customerEmail, priced(lines), now, now.plusMillis(cancelAfterMillis));
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
        ShopOrder order = entityManager.find(ShopOrder.class, command.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            ignoreUnknown(command);
            return;
        }
        if (order.status() != OrderStatus.PLACED) {
            LOG.info(() -> "order " + order.id() + " is " + order.status() + "; ignoring repeated PayOrder " + command.messageId());
            return;
        }
        PaymentReceipt receipt = chargeAsync(order);
        Instant now = Instant.now();
        if (receipt.approved()) {
            paid(order, receipt, now);
        } else {
            order.paymentDeclined(receipt.declineReason(), now);
        }
    }

    private void paid(ShopOrder order, PaymentReceipt receipt, Instant now) {
        order.paid(receipt.receiptId(), now);
        news(order).forEach(message -> {
            if (message instanceof ShipOrder command) {
                messages.requestShipment(command);
            } else {
                messages.publish((OrderEvent) message);
            }
        });
    }

    /**
     * What a paid order tells the shop: OrderPlaced, OrderPaid, ShipOrder. Their ids are derived from the order, so
     * that the reconciler's resend of them is recognised by every consumer as the same messages.
     */
    private static List<ShopMessage> news(ShopOrder order) {
        List<OrderLine> orderLines = order.items().stream().map(i -> new OrderLine(i.sku(), i.quantity())).toList();
        String email = order.customerEmail();
        Instant paidAt = order.updatedAt();
        return List.of(
                new OrderPlaced(OrderMessage.idFor(order.id(), OrderPlaced.class), order.id(), email, orderLines, order.amount(), paidAt),
                new OrderPaid(OrderMessage.idFor(order.id(), OrderPaid.class), order.id(), email, order.receiptId(), order.amount(), paidAt),
                new ShipOrder(OrderMessage.idFor(order.id(), ShipOrder.class), order.id(), email, orderLines, paidAt));
    }

    /**
     * A paid order that nothing has answered for a while (its shipment command lost with a crashed transaction, or
     * not yet handled): its news goes out again. Consumers recognise the ids and do nothing twice.
     */
    public void resendNews(String orderId) {
        ShopOrder order = entityManager.find(ShopOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || order.status() != OrderStatus.PAID) {
            return;
        }
        Instant now = Instant.now();
        LOG.warning(() -> "order " + orderId + " has been PAID since " + order.updatedAt() + " without news from inventory; resending its messages");
        messages.resend(news(order), now);
        order.reconciled(now);
    }

    /** Applies what other services report; repeated or late events leave the order as it is. */
    public void apply(OrderEvent event) {
        Instant now = Instant.now();
        ShopOrder order = entityManager.find(ShopOrder.class, event.orderId(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            ignoreUnknown(event);
            return;
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
     * published in the same transaction. An order that moved on meanwhile, or a repeated command, changes nothing.
     */
    public void cancel(CancelOrder command) {
        if (!cancel(command.orderId(), command.reason())) {
            LOG.info(() -> "order " + command.orderId() + " is not cancellable; ignoring " + command.messageId());
        }
    }

    /**
     * Cancels an order still unpaid or backordered and publishes OrderCancelled in the same transaction. Its charge is
     * refunded first (committed by the payment system on its own; should this transaction fail after it, the next
     * attempt refunds again and gets the same receipt): a backordered order was paid, and an unpaid one may have been
     * charged by a request that failed afterwards, so the payment system is asked for it too. A failure of every
     * provider propagates; the order stays as it is.
     *
     * @return false for an unknown order or one that is no longer cancellable
     */
    public boolean cancel(String orderId, String reason) {
        ShopOrder order = entityManager.find(ShopOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null || !order.cancellable()) {
            return false;
        }
        Instant refundedAt = refund(order);
        Instant now = Instant.now();
        order.cancelled(reason, refundedAt, now);
        BigDecimal refunded = refundedAt == null ? null : order.amount();
        messages.publish(new OrderCancelled(newId(), order.id(), order.customerEmail(), reason, refunded, now));
        return true;
    }

    /** @return when the refund was confirmed; null for an unpaid order the payment system never charged */
    private Instant refund(ShopOrder order) {
        PaymentReceipt receipt;
        try {
            receipt = payments.refund(order.id());
        } catch (NothingToRefundException e) {
            if (order.charged()) {
                throw e;
            }
            return null;
        }
        if (receipt.status() != PaymentReceipt.Status.REFUNDED) {
            throw new IllegalStateException("refund of order " + order.id() + " answered " + receipt);
        }
        return Instant.now();
    }

    private static void ignoreUnknown(ShopMessage message) {
        LOG.warning(() -> message.getClass().getSimpleName() + " " + message.messageId() + " names an order that does not exist: "
                + "its transaction never committed; dropping the message");
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

    /** The orders waiting for the reconciler: unpaid after their time to pay, or paid with no news since. */
    public List<String> unpaidSince(Instant cutoff, int max) {
        return entityManager.createQuery("select o.id from ShopOrder o where o.status = :status and o.payBy < :cutoff", String.class)
                .setParameter("status", OrderStatus.PLACED).setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    public List<String> paidWithoutNewsSince(Instant cutoff, int max) {
        return entityManager.createQuery("select o.id from ShopOrder o where o.status = :status and o.updatedAt < :cutoff"
                        + " and (o.reconciledAt is null or o.reconciledAt < :cutoff)", String.class)
                .setParameter("status", OrderStatus.PAID).setParameter("cutoff", cutoff).setMaxResults(max).getResultList();
    }

    private PaymentReceipt chargeAsync(ShopOrder order) {
        try {
            return payments.payAsync(new PaymentRequest(order.id(), order.customerEmail(), order.amount()));
        } catch (PaymentProvidersFailedException e) {
            throw new PaymentUnavailableException(e.getMessage(), e);
        }
    }

    private static String newId() {
        return UUID.randomUUID().toString();
    }
}
