package shop.order.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "SHOP_ORDER")
public class ShopOrder {

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false)
    private String customerEmail;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private OrderStatus status;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "SHOP_ORDER_ITEM", joinColumns = @JoinColumn(name = "ORDER_ID"))
    @OrderColumn(name = "POSITION")
    private List<OrderItem> items = new ArrayList<>();
    @Column(length = 36)
    private String receiptId;
    /** Why the payment system declined an asynchronously accepted order. */
    private String declineReason;
    /** Why the order was cancelled (unpaid, backordered); set when CANCELLED. */
    private String cancelReason;
    /** When the payment system confirmed the refund of a cancelled order that had been paid. */
    private Instant refundedAt;
    /** Products that stock did not cover, comma-separated; set when BACKORDERED. */
    private String missingSkus;
    @Column(nullable = false)
    private Instant createdAt;
    /** Unpaid after this instant, the order is cancelled (and any charge refunded); see {@link OrderReconciler}. */
    @Column(nullable = false)
    private Instant payBy;
    /** When the reconciler last resent the news of this paid order, which nothing had answered. */
    private Instant reconciledAt;
    @Column(nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected ShopOrder() {
    }

    /** @param payBy when an unpaid order is given up: at once for a synchronous order, later for an accepted one */
    public ShopOrder(String id, String customerEmail, List<OrderItem> items, Instant now, Instant payBy) {
        this.id = id;
        this.customerEmail = customerEmail;
        this.items = new ArrayList<>(items);
        this.amount = items.stream().map(OrderItem::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        this.status = OrderStatus.PLACED;
        this.createdAt = now;
        this.updatedAt = now;
        this.payBy = payBy;
    }

    public void paid(String receiptId, Instant now) {
        requireStatus(OrderStatus.PLACED);
        this.receiptId = receiptId;
        moveTo(OrderStatus.PAID, now);
    }

    public void paymentDeclined(String reason, Instant now) {
        requireStatus(OrderStatus.PLACED);
        this.declineReason = reason;
        moveTo(OrderStatus.PAYMENT_DECLINED, now);
    }

    /** @return false when the order had already left PAID (a repeated or late event changes nothing) */
    public boolean shipped(Instant now) {
        if (status != OrderStatus.PAID) {
            return false;
        }
        moveTo(OrderStatus.SHIPPED, now);
        return true;
    }

    /** @return false when the order had already left PAID (a repeated or late event changes nothing) */
    public boolean backordered(List<String> missing, Instant now) {
        if (status != OrderStatus.PAID) {
            return false;
        }
        this.missingSkus = String.join(",", missing);
        moveTo(OrderStatus.BACKORDERED, now);
        return true;
    }

    /** Unpaid or backordered: the only states a cancellation applies to. */
    public boolean cancellable() {
        return status == OrderStatus.PLACED || status == OrderStatus.BACKORDERED;
    }

    /**
     * Known to be charged: a cancellation must refund it. A backordered order was paid before stock fell short. An
     * unpaid order may be charged too, unknown to it (the request failed after the payment system committed), so its
     * cancellation asks the payment system as well.
     */
    public boolean charged() {
        return receiptId != null;
    }

    /** The reconciler resent this paid order's news at {@code now}. */
    public void reconciled(Instant now) {
        this.reconciledAt = now;
    }

    public Instant payBy() {
        return payBy;
    }

    public Instant reconciledAt() {
        return reconciledAt;
    }

    /**
     * @param refundedAt when the charge was refunded; null for an order that was never charged
     * @return false when the order is no longer unpaid or backordered: paid, shipped or cancelled meanwhile
     */
    public boolean cancelled(String reason, Instant refundedAt, Instant now) {
        if (!cancellable()) {
            return false;
        }
        if (charged() && refundedAt == null) {
            throw new IllegalStateException("order " + id + " was charged; refund it before cancelling it");
        }
        this.cancelReason = reason;
        this.refundedAt = refundedAt;
        moveTo(OrderStatus.CANCELLED, now);
        return true;
    }

    private void requireStatus(OrderStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("order " + id + " is " + status + ", expected " + expected);
        }
    }

    private void moveTo(OrderStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    public String id() {
        return id;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public OrderStatus status() {
        return status;
    }

    public BigDecimal amount() {
        return amount;
    }

    public List<OrderItem> items() {
        return List.copyOf(items);
    }

    public String receiptId() {
        return receiptId;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant refundedAt() {
        return refundedAt;
    }

    public String cancelReason() {
        return cancelReason;
    }

    public List<String> missingSkus() {
        return missingSkus == null || missingSkus.isEmpty() ? List.of() : List.of(missingSkus.split(","));
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
