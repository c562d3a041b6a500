package shop.order.domain;

/**
 * A synchronous order was stored but could not be completed: the payment system, the broker or the database failed
 * after the order existed. That is not "nothing was changed": the order stays PLACED, maybe charged, until a resent
 * request with the same Idempotency-Key completes it or the reconciler cancels it and refunds any charge.
 */
public class OrderNotCompletedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String orderId;

    public OrderNotCompletedException(String orderId, Throwable cause) {
        super("order " + orderId + " was stored but not completed: " + cause.getMessage(), cause);
        this.orderId = orderId;
    }

    public String orderId() {
        return orderId;
    }
}
