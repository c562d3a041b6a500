package shop.order.domain;

/** The reconciler gave an order up while a request was still paying it; the request's charge was refunded. */
public class OrderCancelledMeanwhileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String orderId;

    public OrderCancelledMeanwhileException(String orderId, String reason) {
        super("order " + orderId + " was cancelled while it was being paid (" + reason + "); its charge is refunded."
                + " Send the order again with a new Idempotency-Key");
        this.orderId = orderId;
    }

    public String orderId() {
        return orderId;
    }
}
