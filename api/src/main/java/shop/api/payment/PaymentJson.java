package shop.api.payment;

import java.math.BigDecimal;
import java.time.Instant;

/** The payment operation's HTTP form (POST /payment/api/payments), for comparison with the remote EJB. */
public final class PaymentJson {

    public record Request(String orderId, String customerEmail, BigDecimal amount) {

        public PaymentRequest toPaymentRequest() {
            return new PaymentRequest(orderId, customerEmail, amount);
        }
    }

    public record Receipt(String receiptId, String orderId, BigDecimal amount, String status, String declineReason,
                          Instant processedAt) {

        public static Receipt of(PaymentReceipt receipt) {
            return new Receipt(receipt.receiptId(), receipt.orderId(), receipt.amount(), receipt.status().name(),
                    receipt.declineReason(), receipt.processedAt());
        }

        public PaymentReceipt toPaymentReceipt() {
            return new PaymentReceipt(receiptId, orderId, amount, PaymentReceipt.Status.valueOf(status), declineReason,
                    processedAt);
        }
    }

    private PaymentJson() {
    }
}
