package shop.order.api;

/** An Idempotency-Key sent again with another body: the key names an order that is not the one this body asks for. */
class IdempotencyKeyReusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String orderId;

    IdempotencyKeyReusedException(String orderId) {
        super("this Idempotency-Key was first sent with another body (order " + orderId + "); nothing was changed."
                + " Use a new key for a new order, or send the first body again to learn its outcome");
        this.orderId = orderId;
    }

    String orderId() {
        return orderId;
    }
}
