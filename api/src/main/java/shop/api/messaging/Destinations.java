package shop.api.messaging;

/**
 * The one place in code that names the broker's destinations. The broker declares them (runtime/broker/broker.xml);
 * the application only refers to them by these names, resolved by the Artemis resource adapter without JNDI.
 */
public final class Destinations {

    /** Topic (multicast address): every order life-cycle event. */
    public static final String ORDER_EVENTS = "shop.order-events";
    /** Queue (anycast address): commands to reserve stock and ship an order. */
    public static final String SHIP_ORDERS = "shop.ship-orders";
    /** Queue (anycast address): accepted orders to charge, the asynchronous order mode. */
    public static final String PAY_ORDERS = "shop.pay-orders";
    /** Queue (anycast address): welcome mails for newly registered customers, drained by the mail workers. */
    public static final String WELCOME_MAILS = "shop.welcome-mails";
    /** Queue (anycast address): delayed commands to cancel an order left unpaid or backordered. */
    public static final String CANCEL_ORDERS = "shop.cancel-orders";

    /** Durable shared subscriptions on {@link #ORDER_EVENTS}; Artemis names the subscription queue the same. */
    public static final String NOTIFICATION_SUBSCRIPTION = "notification";
    public static final String ORDER_STATUS_SUBSCRIPTION = "order-status";
    /** The order audit on the worker nodes (Payara Micro); its instances form one consumer group. */
    public static final String AUDIT_SUBSCRIPTION = "order-audit";
    /** Inventory: takes only OrderCancelled (a selector), to give back the stock held for the order. */
    public static final String INVENTORY_SUBSCRIPTION = "inventory";

    /** Where the broker moves a message after its last failed delivery attempt from {@code origin}. */
    public static String deadLetterQueueOf(String origin) {
        return "DLQ." + origin;
    }

    private Destinations() {
    }
}
