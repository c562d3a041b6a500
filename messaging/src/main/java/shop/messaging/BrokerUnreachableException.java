package shop.messaging;

/** No broker accepts connections: the request was refused before it changed anything. */
public class BrokerUnreachableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public BrokerUnreachableException(String message) {
        super(message);
    }
}
