package shop.api.payment;

import jakarta.ejb.ApplicationException;

/**
 * A refund was asked for an order that has no approved charge: never charged, or declined. An application exception,
 * so a remote caller gets it as it is, with its message, and the payment system's transaction rolls back.
 */
@ApplicationException(rollback = true)
public class NothingToRefundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NothingToRefundException(String message) {
        super(message);
    }
}
