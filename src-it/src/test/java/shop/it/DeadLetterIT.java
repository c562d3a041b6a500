package shop.it;

import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.junit.jupiter.api.Test;
import shop.api.messaging.Destinations;
import shop.api.messaging.JsonMessages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A message no consumer can process is retried a bounded number of times, then kept in the dead-letter queue. */
class DeadLetterIT extends DeployedShop {

    /** max-delivery-attempts of shop.# in runtime/broker/broker.xml */
    private static final int CONFIGURED_ATTEMPTS = 3;

    @Test
    void shouldMoveAPoisonShipmentToTheDeadLetterQueueAfterTheConfiguredAttempts() throws Exception {
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
            assertEquals(body, dead.getBody(String.class), "the message is kept as it was sent");
            assertEquals(Destinations.SHIP_ORDERS, dead.getStringProperty("_AMQ_ORIG_QUEUE"));
            assertNull(jms.createConsumer(jms.createQueue(Destinations.SHIP_ORDERS),
                    JsonMessages.TYPE + " = '" + poisonType + "'").receiveNoWait(), "not left on the work queue");
        }
        assertEquals(CONFIGURED_ATTEMPTS, failedDeliveriesLogged(poisonType),
                "each delivery attempt failed once in the consumer before the broker gave up");
    }

    /** Payara logs one MDB00037 record ("Message-driven bean invocation exception") per failed onMessage. */
    private static long failedDeliveriesLogged(String poisonType) throws IOException {
        String log = Files.readString(Path.of(System.getProperty("shop.server.log")));
        return Pattern.compile("\\[\\d{4}-\\d\\d-\\d\\dT").splitAsStream(log)
                .filter(record -> record.contains("MDB00037") && record.contains("unknown message type '" + poisonType + "'"))
                .count();
    }
}
