package shop.api.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** The payment system's answer. A decline is an outcome, not an exception: it carries the reason. */
public final class PaymentReceipt implements Serializable {

    private static final long serialVersionUID = 1L;

    /** REFUNDED: the charge was approved, then given back (the order was cancelled). */
    public enum Status { APPROVED, DECLINED, REFUNDED }

    private final String receiptId;
    private final String orderId;
    private final BigDecimal amount;
    private final Status status;
    private final String declineReason;
    private final Instant processedAt;

    public PaymentReceipt(String receiptId, String orderId, BigDecimal amount, Status status, String declineReason,
                          Instant processedAt) {
        this.receiptId = Objects.requireNonNull(receiptId, "receiptId");
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.amount = Objects.requireNonNull(amount, "amount");
        this.status = Objects.requireNonNull(status, "status");
        this.declineReason = declineReason;
        this.processedAt = Objects.requireNonNull(processedAt, "processedAt");
    }

    public String receiptId() {
        return receiptId;
    }

    public String orderId() {
        return orderId;
    }

    public BigDecimal amount() {
        return amount;
    }

    public Status status() {
        return status;
    }

    public boolean approved() {
        return status == Status.APPROVED;
    }

    /** Why the payment was declined; null when approved. */
    public String declineReason() {
        return declineReason;
    }

    public Instant processedAt() {
        return processedAt;
    }

    @Override
    public String toString() {
        return "PaymentReceipt[" + receiptId + ", order " + orderId + ", " + status + "]";
    }
}
