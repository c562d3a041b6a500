package shop.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A plain JMS client of the broker under test, logged in as the operator (who may send and read everything). */
final class Broker {

    static JMSContext connect() {
        ConnectionFactory factory = new ActiveMQConnectionFactory(System.getProperty("shop.broker.url"),
                ShopCredentials.OPERATOR, ShopCredentials.password(ShopCredentials.OPERATOR));
        return factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    /** What a queue holds now, matching the selector (null: everything), without taking it off the queue. */
    static List<Message> browse(String queue, String selector) {
        try (JMSContext jms = connect(); QueueBrowser browser = jms.createBrowser(jms.createQueue(queue), selector)) {
            List<Message> messages = new ArrayList<>();
            for (Object message : Collections.list(browser.getEnumeration())) {
                messages.add((Message) message);
            }
            return messages;
        } catch (JMSException e) {
            throw new AssertionError("cannot browse " + queue + ": " + e.getMessage(), e);
        }
    }

    private Broker() {
    }
}
