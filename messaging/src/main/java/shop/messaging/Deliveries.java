package shop.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.api.messaging.Destinations;
import shop.api.messaging.ShopMessage;

import java.time.Instant;
import java.util.Collections;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * What every message-driven bean of the shop does with a delivery, so that each one is a single call:
 * <ol>
 * <li>read the JSON message ({@link JsonMessages});</li>
 * <li>apply it in a transaction of its own ({@link InNewTransaction}): the consumer's effect and its record of the
 *     message id (the idempotent consumer) commit together; the message is acknowledged right after, by the
 *     delivering transaction. A redelivery after a crash between the two finds the record and changes nothing;</li>
 * <li>on failure before the last attempt, throw: the broker redelivers with the back-off of broker.xml;</li>
 * <li>from the last attempt on ({@link DeliveryPolicy#lastAttempt()}), send the message to its dead-letter queue with the reason
 *     ({@link DeadLetter}) in the delivering transaction, which also consumes it: dead-lettered once, never lost.
 *     Should that fail too, the exception goes on and the broker dead-letters the message itself, without reason.</li>
 * </ol>
 */
@ApplicationScoped
public class Deliveries {

    private static final Logger LOG = Logger.getLogger(Deliveries.class.getName());
    private static final String DELIVERY_COUNT = "JMSXDeliveryCount";

    @Inject
    InNewTransaction inNewTransaction;

    @Inject
    Jms jms;

    @Inject
    @ConfigProperty(name = "shop.node", defaultValue = "order-node")
    String node;

    /**
     * Where a consumer takes its messages from: the address, and the queue on it (a queue's own, or a topic
     * subscription's, which Artemis names after the subscription). A delivered message does not say it reliably:
     * one replayed from a dead-letter queue has no JMSDestination.
     */
    public record Origin(String address, String queue) {

        public static Origin queue(String name) {
            return new Origin(name, name);
        }

        public static Origin subscription(String topic, String subscription) {
            return new Origin(topic, subscription);
        }
    }

    public <T extends ShopMessage> void handle(Message message, Origin origin, Class<T> type, Consumer<? super T> consumer) {
        try {
            T read = JsonMessages.read(message, type);
            inNewTransaction.run(() -> consumer.accept(read));
        } catch (RuntimeException failure) {
            DeliveryPolicy policy = DeliveryPolicy.of(origin.address());
            int attempt = deliveryCount(message);
            String reason = DeadLetter.reasonOf(failure);
            LOG.warning(() -> "delivery " + attempt + " (the last is " + policy.lastAttempt() + ") of " + describe(message)
                    + " from " + origin.queue() + " failed: " + reason);
            if (attempt < policy.lastAttempt() || policy.deadLetterAddress().isEmpty()
                    || !(message instanceof TextMessage text)) {
                throw failure;
            }
            String deadLetters = policy.deadLetterAddress().get();
            deadLetter(text, origin, deadLetters, reason, attempt);
            LOG.warning(() -> "gave up on " + describe(message) + " after " + attempt + " attempts; moved to " + deadLetters);
        }
    }

    private void deadLetter(TextMessage message, Origin origin, String deadLetters, String reason, int attempts) {
        jms.use(context -> deadLetter(context, message, origin, deadLetters, reason, attempts));
    }

    private void deadLetter(JMSContext jms, TextMessage message, Origin origin, String deadLetters, String reason, int attempts) {
        try {
            TextMessage copy = jms.createTextMessage(message.getText());
            for (Object name : Collections.list(message.getPropertyNames())) {
                String property = (String) name;
                // broker and JMS properties stay behind; the duplicate-detection id too, so that a replay is accepted
                if (!property.startsWith("JMS") && !property.startsWith("_")) {
                    copy.setObjectProperty(property, message.getObjectProperty(property));
                }
            }
            if (message.propertyExists(JsonMessages.GROUP_ID)) {
                copy.setStringProperty(JsonMessages.GROUP_ID, message.getStringProperty(JsonMessages.GROUP_ID));
            }
            copy.setStringProperty(DeadLetter.FAILURE_REASON, reason);
            copy.setIntProperty(DeadLetter.FAILED_ATTEMPTS, attempts);
            copy.setStringProperty(DeadLetter.FAILED_AT, Instant.now().toString());
            copy.setStringProperty(DeadLetter.FAILED_ON, node);
            copy.setStringProperty(DeadLetter.ORIGINAL_MESSAGE_ID, message.getJMSMessageID());
            copy.setStringProperty(DeadLetter.ORIGINAL_ADDRESS, origin.address());
            copy.setStringProperty(DeadLetter.ORIGINAL_QUEUE, origin.queue());
            jms.createProducer().send(jms.createQueue(deadLetters), copy);
        } catch (JMSException e) {
            throw new JMSRuntimeException("cannot dead-letter " + describe(message) + ": " + e.getMessage(), e.getErrorCode(), e);
        }
    }

    private static int deliveryCount(Message message) {
        try {
            return message.propertyExists(DELIVERY_COUNT) ? message.getIntProperty(DELIVERY_COUNT) : 1;
        } catch (JMSException e) {
            throw new JMSRuntimeException(e.getMessage(), e.getErrorCode(), e);
        }
    }

    private static String describe(Message message) {
        try {
            return message.getStringProperty(JsonMessages.TYPE) + " " + message.getJMSMessageID();
        } catch (JMSException e) {
            return "a message";
        }
    }
}
