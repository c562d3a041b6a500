package shop.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSRuntimeException;

import java.util.function.Consumer;

/**
 * The one way the shop's code sends: a JMS context of the resource adapter's XA connection factory, taken for the
 * work and closed after it; inside a transaction its sends join the transaction (the connection stays enlisted
 * until the commit). It is refused at once while the broker is known to be unreachable ({@link BrokerReachability}),
 * and a failure makes the next use look again. Not the container's injected JMSContext: Payara serialises every thread of the application on
 * one lock while it creates one, so that a broker that does not answer held all requests, one after the other.
 */
@ApplicationScoped
public class Jms {

    @Resource(lookup = MessagingResources.CONNECTION_FACTORY)
    ConnectionFactory connectionFactory;

    @Inject
    BrokerReachability broker;

    /** @throws BrokerUnreachableException at once, while no broker accepts connections */
    public void use(Consumer<JMSContext> work) {
        broker.require();
        try (JMSContext context = connectionFactory.createContext()) {
            work.accept(context);
        } catch (JMSRuntimeException e) {
            broker.probeAgain();
            throw e;
        }
    }
}
