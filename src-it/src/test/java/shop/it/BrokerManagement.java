package shop.it;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueRequestor;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import org.apache.activemq.artemis.api.jms.ActiveMQJMSClient;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** The broker's management API over JMS (requests to activemq.management), as the administrator. */
final class BrokerManagement implements AutoCloseable {

    private final QueueConnection connection;
    private final QueueSession session;
    private final QueueRequestor requestor;

    BrokerManagement() throws JMSException {
        this(System.getProperty("shop.broker.url"));
    }

    /** The management API of the broker at {@code url}, e.g. the backup of a broker pair. */
    BrokerManagement(String url) throws JMSException {
        connection = new ActiveMQConnectionFactory(url, ShopCredentials.OPERATOR,
                ShopCredentials.password(ShopCredentials.OPERATOR)).createQueueConnection();
        session = connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
        requestor = new QueueRequestor(session, ActiveMQJMSClient.createQueue("activemq.management"));
        connection.start();
    }

    /** e.g. {@code invoke("queue.shop.welcome-mails", "pause")} */
    Object invoke(String resource, String operation, Object... arguments) throws Exception {
        Message request = session.createMessage();
        JMSManagementHelper.putOperationInvocation(request, resource, operation, arguments);
        return resultOf(requestor.request(request), resource + "." + operation);
    }

    /** e.g. {@code attribute("address.shop.welcome-mails", "paging")}; fails the test if the broker cannot answer */
    Object attribute(String resource, String attribute) {
        try {
            Message request = session.createMessage();
            JMSManagementHelper.putAttribute(request, resource, attribute);
            return resultOf(requestor.request(request), resource + "." + attribute);
        } catch (Exception e) {
            throw new AssertionError("reading " + resource + "." + attribute + " failed", e);
        }
    }

    /** A numeric attribute, e.g. {@code count("queue.shop.welcome-mails", "messageCount")} */
    long count(String resource, String attribute) {
        return ((Number) attribute(resource, attribute)).longValue();
    }

    private static Object resultOf(Message reply, String what) throws Exception {
        if (!JMSManagementHelper.hasOperationSucceeded(reply)) {
            throw new AssertionError(what + " failed: " + JMSManagementHelper.getResult(reply));
        }
        return JMSManagementHelper.getResult(reply);
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
