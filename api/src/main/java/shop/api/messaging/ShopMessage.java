package shop.api.messaging;

/** A message on the broker: JSON text with the type and version in JMS properties (messaging's JsonMessages). */
public interface ShopMessage {

    /** Unique per message; consumers use it to recognise a message they have already handled. */
    String messageId();

    /** Messages with the same key form one group, delivered in order to one consumer at a time (JMSXGroupID). */
    String groupKey();
}
