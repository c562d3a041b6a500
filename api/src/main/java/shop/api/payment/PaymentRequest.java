package shop.api.payment;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/** What the order system asks the payment system to charge. Plain serializable class: it travels over IIOP. */
public final class PaymentRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String orderId;
    private final String customerEmail;
    private final BigDecimal amount;

    public PaymentRequest(String orderId, String customerEmail, BigDecimal amount) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.customerEmail = Objects.requireNonNull(customerEmail, "customerEmail");
        this.amount = Objects.requireNonNull(amount, "amount");
    }

    public String orderId() {
        return orderId;
    }

    public String customerEmail() {
        return customerEmail;
    }

    public BigDecimal amount() {
        return amount;
    }

    @Override
    public String toString() {
        return "PaymentRequest[orderId=" + orderId + ", amount=" + amount + "]";
    }
}
