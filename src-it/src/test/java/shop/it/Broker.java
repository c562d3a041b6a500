package shop.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** A plain JMS client of the broker under test, logged in as the application user. */
final class Broker {

    static JMSContext connect() {
        ConnectionFactory factory = new ActiveMQConnectionFactory(System.getProperty("shop.broker.url"), "shop", "shop");
        return factory.createContext(JMSContext.AUTO_ACKNOWLEDGE);
    }

    private Broker() {
    }
}
