package shop.order.payment;

/** A provider did not answer within the configured time; the call moves on to the next provider. */
public class PaymentTimeoutException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
