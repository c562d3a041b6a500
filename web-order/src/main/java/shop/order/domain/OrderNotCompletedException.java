package shop.order.domain;

/**
 * A synchronous order was stored but could not be completed: the payment system, the broker or the database failed
 * after the order existed. That is not "nothing was changed": the order stays PLACED, maybe charged, until a resent
 * request with the same Idempotency-Key completes it or the reconciler cancels it and refunds any charge.
 */
public class OrderNotCompletedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String orderId;
    private final boolean stillCompleting;

    public OrderNotCompletedException(String orderId, Throwable cause) {
        super("order " + orderId + " was stored but not completed: " + cause.getMessage(), cause);
        this.orderId = orderId;
        this.stillCompleting = false;
    }

    /** The completion outlived the request's bound and goes on by itself: the order ends PAID or PLACED. */
    public static OrderNotCompletedException stillCompleting(String orderId, long boundSeconds) {
        return new OrderNotCompletedException(orderId, boundSeconds);
    }

    private OrderNotCompletedException(String orderId, long boundSeconds) {
        super("order " + orderId + " was paid, and its completion is still under way after " + boundSeconds + " s");
        this.orderId = orderId;
        this.stillCompleting = true;
    }

    public String orderId() {
        return orderId;
    }

    public boolean stillCompleting() {
        return stillCompleting;
    }
}
