package shop.order.domain;

import jakarta.ejb.ApplicationException;

import java.math.BigDecimal;

/** The payment system said no: the order is rolled back and no event is sent. */
@ApplicationException(rollback = true)
public class PaymentDeclinedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final BigDecimal amount;

    public PaymentDeclinedException(BigDecimal amount, String reason) {
        super(reason);
        this.amount = amount;
    }

    public BigDecimal amount() {
        return amount;
    }
}
