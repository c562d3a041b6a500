package shop.order.domain;

/** No provider could take the call; the order is rolled back and the client is told to try again. */
public class PaymentProvidersFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PaymentProvidersFailedException(String message) {
        super(message);
    }
}
