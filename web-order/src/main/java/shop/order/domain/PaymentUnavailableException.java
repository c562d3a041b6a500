package shop.order.domain;

import jakarta.ejb.ApplicationException;

/** The remote payment call failed; the order is rolled back so the client can simply try again. */
@ApplicationException(rollback = true)
public class PaymentUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
