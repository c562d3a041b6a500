package shop.messaging;

/**
 * What the deployment provides for messaging, by name: set up by runtime/payara/artemis.asadmin (and the same
 * commands on the worker nodes). The destinations themselves are contracts, in {@code shop.api.messaging.Destinations}.
 */
public final class MessagingResources {

    /** Name of the Artemis resource adapter deployed to Payara (named after its file, artemis.rar). */
    public static final String RESOURCE_ADAPTER = "artemis";
    /** JNDI name of the XA connection factory, a pool of the resource adapter. */
    public static final String CONNECTION_FACTORY = "jms/shop";

    private MessagingResources() {
    }
}
