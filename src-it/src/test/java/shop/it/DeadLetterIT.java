package shop.it;

import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;
import shop.messaging.JsonMessages;
import shop.messaging.DeadLetter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A message no consumer can process is retried a bounded number of times, then kept in the dead-letter queue with
 * the reason it failed, the number of attempts, and its origin, to which a replay sends it back.
 */
class DeadLetterIT extends DeployedShop {

    /** the consumer's last attempt for shop.#: max-delivery-attempts in runtime/broker/broker.xml less the reserve */
    private static final int CONFIGURED_ATTEMPTS = 3;
    private static final String EVENTS_DLQ = Destinations.deadLetterQueueOf(Destinations.ORDER_EVENTS);
    /** the subscriptions of the order node, each of which must dead-letter its own copy of a poison event */
    private static final Set<String> SUBSCRIPTIONS = Set.of(Destinations.NOTIFICATION_SUBSCRIPTION,
            Destinations.ORDER_STATUS_SUBSCRIPTION, Destinations.INVENTORY_SUBSCRIPTION);

    @Test
    void shouldDeadLetterAPoisonShipmentWithItsFailureReasonAfterTheConfiguredAttempts() throws Exception {
        String poisonType = "Poison" + UUID.randomUUID().toString().replace("-", "");
        String body = "{\"messageId\":\"" + poisonType + "\",\"orderId\":\"none\"}";

        try (JMSContext jms = Broker.connect()) {
            TextMessage poison = jms.createTextMessage(body);
            poison.setStringProperty(JsonMessages.TYPE, poisonType);
            poison.setIntProperty(JsonMessages.VERSION, 1);
            jms.createProducer().send(jms.createQueue(Destinations.SHIP_ORDERS), poison);

            String deadLetters = Destinations.deadLetterQueueOf(Destinations.SHIP_ORDERS);
            Message dead = jms.createConsumer(jms.createQueue(deadLetters), JsonMessages.TYPE + " = '" + poisonType + "'")
                    .receive(60_000);

            assertNotNull(dead, "nothing arrived in " + deadLetters);
            assertEquals(body, dead.getBody(String.class), "the body is kept as it was sent");
            assertEquals(1, dead.getIntProperty(JsonMessages.VERSION));
            assertEquals("UnreadableMessageException: unknown message type '" + poisonType + "'",
                    dead.getStringProperty(DeadLetter.FAILURE_REASON));
            assertEquals(CONFIGURED_ATTEMPTS, dead.getIntProperty(DeadLetter.FAILED_ATTEMPTS));
            assertEquals(Destinations.SHIP_ORDERS, dead.getStringProperty(DeadLetter.ORIGINAL_ADDRESS));
            assertEquals(Destinations.SHIP_ORDERS, dead.getStringProperty(DeadLetter.ORIGINAL_QUEUE));
            assertNull(jms.createConsumer(jms.createQueue(Destinations.SHIP_ORDERS),
                    JsonMessages.TYPE + " = '" + poisonType + "'").receiveNoWait(), "not left on the work queue");
        }
        assertEquals(List.of(1, 2, 3), failedAttemptsLogged(poisonType),
                "each delivery failed once in the consumer before it gave up");
    }

    @Test
    void shouldDeadLetterAnUnreadableEventOncePerSubscriptionAndReplayEachCopyToItsOwnSubscriptionOnly() throws Exception {
        String tag = UUID.randomUUID().toString();
        try (JMSContext jms = Broker.connect()) {
            TextMessage poison = jms.createTextMessage("{\"messageId\":\"" + tag + "\",\"orderId\":\"none\"}");
            poison.setStringProperty(JsonMessages.TYPE, "OrderCancelled"); // passes inventory's selector too
            poison.setIntProperty(JsonMessages.VERSION, 99);
            poison.setStringProperty("poisonTag", tag);
            jms.createProducer().send(jms.createTopic(Destinations.ORDER_EVENTS), poison);
        }

        List<DeadLetterSeen> dead = deadLettersSettled(tag, Instant.EPOCH);
        assertEquals(SUBSCRIPTIONS.stream().sorted().toList(), dead.stream().map(DeadLetterSeen::origin).sorted().toList(),
                "one dead letter per subscription, each naming the subscription it came from");
        for (DeadLetterSeen letter : dead) {
            assertEquals("UnreadableMessageException: unsupported version 99 of OrderCancelled, this service reads version "
                    + JsonMessages.versionOf("OrderCancelled"), letter.reason());
            assertEquals(CONFIGURED_ATTEMPTS, letter.attempts());
            assertEquals(Destinations.ORDER_EVENTS, letter.address());
        }

        Instant replayed = Instant.now();
        try (BrokerManagement broker = new BrokerManagement()) {
            broker.invoke("queue." + EVENTS_DLQ, "retryMessages");
        }
        // each copy goes back to its own subscription only: were it sent to the topic, every subscription would get
        // all three copies, and nine would come back
        List<DeadLetterSeen> again = deadLettersSettled(tag, replayed);
        assertEquals(SUBSCRIPTIONS.stream().sorted().toList(), again.stream().map(DeadLetterSeen::origin).sorted().toList());
        assertTrue(again.stream().allMatch(letter -> letter.failedAt().isAfter(replayed)), "all of them failed anew: " + again);
    }

    private record DeadLetterSeen(String origin, String address, String reason, int attempts, Instant failedAt) {
    }

    /** The dead letters of the tagged event once as many as there are subscriptions failed after {@code since}, and no more come. */
    private static List<DeadLetterSeen> deadLettersSettled(String tag, Instant since) throws InterruptedException {
        Eventually.await("a dead letter per subscription, failed after " + since, Duration.ofSeconds(60),
                () -> deadLetters(tag), letters -> letters.stream().filter(l -> l.failedAt().isAfter(since)).count() >= SUBSCRIPTIONS.size());
        Thread.sleep(3000); // time for a surplus copy to fail its attempts too
        return deadLetters(tag);
    }

    private static List<DeadLetterSeen> deadLetters(String tag) {
        List<DeadLetterSeen> letters = new ArrayList<>();
        for (Message letter : Broker.browse(EVENTS_DLQ, "poisonTag = '" + tag + "'")) {
            try {
                letters.add(new DeadLetterSeen(letter.getStringProperty(DeadLetter.ORIGINAL_QUEUE),
                        letter.getStringProperty(DeadLetter.ORIGINAL_ADDRESS), letter.getStringProperty(DeadLetter.FAILURE_REASON),
                        letter.getIntProperty(DeadLetter.FAILED_ATTEMPTS), Instant.parse(letter.getStringProperty(DeadLetter.FAILED_AT))));
            } catch (JMSException e) {
                throw new AssertionError(e);
            }
        }
        return letters;
    }

    /** The consumer logs each failed delivery as "delivery N (the last is M) of <type> ..."; returns the N for this type. */
    private static List<Integer> failedAttemptsLogged(String poisonType) throws IOException {
        String log = Files.readString(Path.of(System.getProperty("shop.server.log")));
        Pattern attempt = Pattern.compile("delivery (\\d+) \\(the last is " + CONFIGURED_ATTEMPTS + "\\) of " + poisonType + " ");
        return Pattern.compile("\\[\\d{4}-\\d\\d-\\d\\dT").splitAsStream(log).map(attempt::matcher)
                .filter(java.util.regex.Matcher::find).map(m -> Integer.valueOf(m.group(1))).sorted()
                .collect(Collectors.toList());
    }
}
