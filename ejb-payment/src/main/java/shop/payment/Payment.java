package shop.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import shop.api.payment.NothingToRefundException;
import shop.api.payment.PaymentReceipt;

import java.math.BigDecimal;
import java.time.Instant;

/** One charge attempt per order: the order id is the key, which is what makes paying twice impossible. */
@Entity
@Table(name = "PAYMENT")
public class Payment {

    @Id
    @Column(length = 36)
    private String orderId;
    @Column(nullable = false, unique = true, length = 36)
    private String receiptId;
    @Column(nullable = false)
    private String customerEmail;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentReceipt.Status status;
    private String declineReason;
    @Column(nullable = false)
    private Instant processedAt;
    private Instant refundedAt;

    protected Payment() {
    }

    Payment(String orderId, String receiptId, String customerEmail, BigDecimal amount, PaymentReceipt.Status status,
            String declineReason, Instant processedAt) {
        this.orderId = orderId;
        this.receiptId = receiptId;
        this.customerEmail = customerEmail;
        this.amount = amount;
        this.status = status;
        this.declineReason = declineReason;
        this.processedAt = processedAt;
    }

    /** @return false when the charge had been refunded already */
    boolean refund(Instant now) {
        if (status == PaymentReceipt.Status.REFUNDED) {
            return false;
        }
        if (status != PaymentReceipt.Status.APPROVED) {
            throw new NothingToRefundException("order " + orderId + " was " + status + "; there is nothing to refund");
        }
        status = PaymentReceipt.Status.REFUNDED;
        refundedAt = now;
        return true;
    }

    PaymentReceipt toReceipt() {
        return new PaymentReceipt(receiptId, orderId, amount, status, declineReason, processedAt);
    }
}
