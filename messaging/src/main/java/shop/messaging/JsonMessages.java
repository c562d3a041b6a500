package shop.messaging;

import jakarta.jms.Destination;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import shop.api.messaging.CancelOrder;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderEvent;
import shop.api.messaging.OrderPaid;
import shop.api.messaging.OrderPlaced;
import shop.api.messaging.OrderShipped;
import shop.api.messaging.PayOrder;
import shop.api.messaging.SendWelcomeMail;
import shop.api.messaging.ShipOrder;
import shop.api.messaging.ShopMessage;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wire format of every message: a JMS TextMessage whose body is the message as JSON, with its type (the record's
 * simple name) and schema version in the {@value #TYPE} and {@value #VERSION} properties. No ObjectMessage anywhere.
 */
public final class JsonMessages {

    public static final String TYPE = "type";
    public static final String VERSION = "version";
    /** Artemis drops a second message with the same id on the same address (duplicate detection). */
    public static final String DUPLICATE_DETECTION_ID = "_AMQ_DUPL_ID";
    /** Messages of one group are delivered in order to one consumer at a time: the group key (order id, customer id). */
    public static final String GROUP_ID = "JMSXGroupID";

    /** A message type on the wire: its record and the schema version it is written in and the only one it is read in. */
    private record Registered(Class<? extends ShopMessage> messageClass, int version) {
    }

    /** Every message type, by its {@value #TYPE} property: the record's simple name. */
    private static final Map<String, Registered> TYPES = registry(
            new Registered(OrderPlaced.class, 1), new Registered(OrderPaid.class, 1),
            new Registered(OrderShipped.class, 1), new Registered(OrderBackordered.class, 1),
            new Registered(OrderCancelled.class, 2), new Registered(ShipOrder.class, 1),
            new Registered(PayOrder.class, 1), new Registered(CancelOrder.class, 1),
            new Registered(SendWelcomeMail.class, 1));

    private static final Jsonb JSONB = JsonbBuilder.create();

    public static String typeOf(ShopMessage message) {
        String type = message.getClass().getSimpleName();
        if (!TYPES.containsKey(type)) {
            throw new IllegalArgumentException("not a registered message type: " + type);
        }
        return type;
    }

    public static int versionOf(String type) {
        return TYPES.get(type).version();
    }

    public static String toJson(ShopMessage message) {
        return JSONB.toJson(message);
    }

    /** Sends the message as JSON text, in the caller's transaction when the context is a container-managed one. */
    public static void send(JMSContext context, Destination destination, ShopMessage message) {
        send(context, destination, message, Duration.ZERO);
    }

    /** Sends it so that the broker delivers it no earlier than {@code delay} from now (Artemis scheduled delivery). */
    public static void send(JMSContext context, Destination destination, ShopMessage message, Duration delay) {
        send(context, destination, message, delay, message.messageId());
    }

    /** @param duplicateId the broker drops a later message with the same one (Artemis duplicate detection) */
    public static void send(JMSContext context, Destination destination, ShopMessage message, Duration delay, String duplicateId) {
        String type = typeOf(message);
        TextMessage text = context.createTextMessage(toJson(message));
        try {
            text.setStringProperty(TYPE, type);
            text.setIntProperty(VERSION, versionOf(type));
            text.setStringProperty(DUPLICATE_DETECTION_ID, duplicateId);
            text.setStringProperty(GROUP_ID, message.groupKey());
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot set message properties: " + e.getMessage(), e.getErrorCode(), e);
        }
        context.createProducer().setDeliveryDelay(delay.toMillis()).send(destination, text);
    }

    /**
     * Sends a message again, as it was (its consumers recognise its id). The broker's duplicate detection would refuse
     * the first copy's id, and the whole transaction with it, so the copy carries an id of this resend, {@code at}.
     */
    public static void resend(JMSContext context, Destination destination, ShopMessage message, Instant at) {
        send(context, destination, message, Duration.ZERO, message.messageId() + "@" + at);
    }

    /** Reads a received message; anything this service cannot understand is an {@link UnreadableMessageException}. */
    public static ShopMessage read(Message message) {
        try {
            if (!(message instanceof TextMessage text)) {
                throw new UnreadableMessageException("expected a TextMessage with JSON, got " + message.getClass().getName());
            }
            if (!message.propertyExists(VERSION)) {
                throw new UnreadableMessageException("message has no '" + VERSION + "' property");
            }
            return fromJson(message.getStringProperty(TYPE), message.getIntProperty(VERSION), text.getText());
        } catch (JMSException | NumberFormatException e) {
            throw new UnreadableMessageException("cannot read message properties or body: " + e.getMessage(), e);
        }
    }

    /** Reads a received message that must be of the given kind, e.g. an {@link OrderEvent} on the events topic. */
    public static <T extends ShopMessage> T read(Message message, Class<T> expected) {
        ShopMessage read = read(message);
        if (!expected.isInstance(read)) {
            throw new UnreadableMessageException(read.getClass().getSimpleName() + " is not a " + expected.getSimpleName());
        }
        return expected.cast(read);
    }

    public static ShopMessage fromJson(String type, int version, String json) {
        Registered registered = type == null ? null : TYPES.get(type);
        if (registered == null) {
            throw new UnreadableMessageException("unknown message type '" + type + "'");
        }
        if (version != versionOf(type)) {
            throw new UnreadableMessageException(
                    "unsupported version " + version + " of " + type + ", this service reads version " + versionOf(type));
        }
        if (json == null || json.isBlank()) {
            throw new UnreadableMessageException(type + " has an empty body");
        }
        ShopMessage message;
        try {
            message = JSONB.fromJson(json, registered.messageClass());
        } catch (JsonbException e) {
            throw new UnreadableMessageException(type + " is not valid JSON of its type: " + e.getMessage(), e);
        }
        if (message.messageId() == null || message.groupKey() == null) {
            throw new UnreadableMessageException(type + " lacks messageId or its group key (orderId, customerId)");
        }
        return message;
    }

    private static Map<String, Registered> registry(Registered... types) {
        return Arrays.stream(types).collect(Collectors.toUnmodifiableMap(t -> t.messageClass().getSimpleName(), t -> t));
    }

    private JsonMessages() {
    }
}
