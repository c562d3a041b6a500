package shop.messaging;

/**
 * A message this service cannot understand (unknown type, unsupported version, malformed JSON). Consumers let it
 * propagate: the delivery fails, the broker retries a bounded number of times and then moves it to the dead-letter queue.
 */
public class UnreadableMessageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableMessageException(String message) {
        super(message);
    }

    public UnreadableMessageException(String message, Throwable cause) {
        super(message, cause);
    }
}
