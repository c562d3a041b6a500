package shop.messaging;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The properties a consumer adds to a message it dead-letters, so that an operator reads in the dead-letter queue
 * why it failed. The two {@code _AMQ_ORIG_*} properties are the ones Artemis itself sets when it dead-letters;
 * its {@code retryMessages} operation sends a message back to them.
 */
public final class DeadLetter {

    /** What went wrong on the last attempt: each exception of the chain, "Type: message", outermost first. */
    public static final String FAILURE_REASON = "failureReason";
    /** How many deliveries failed (JMSXDeliveryCount of the last one). */
    public static final String FAILED_ATTEMPTS = "failedAttempts";
    /** When the last attempt failed, ISO-8601. */
    public static final String FAILED_AT = "failedAt";
    /** The node whose consumer gave up (MicroProfile Config {@code shop.node}). */
    public static final String FAILED_ON = "failedOn";
    /** The JMSMessageID of the message as it was delivered. */
    public static final String ORIGINAL_MESSAGE_ID = "originalMessageId";
    public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    public static final String ORIGINAL_QUEUE = "_AMQ_ORIG_QUEUE";

    static final int MAX_REASON_LENGTH = 2000;

    /** "IllegalStateException: welcome mail to a@b.c failed / caused by MailConnectException: Couldn't connect". */
    public static String reasonOf(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t) && chain.size() < 20; t = t.getCause()) {
            chain.add(t);
        }
        Set<String> parts = new LinkedHashSet<>();
        for (int i = 0; i < chain.size(); i++) {
            Throwable t = chain.get(i);
            // container wrappers say nothing of their own or quote a deeper exception whole ("...: java.lang.X: ...")
            boolean wrapper = t.getMessage() == null
                    || chain.subList(i + 1, chain.size()).stream().anyMatch(deeper -> t.getMessage().contains(deeper.toString()));
            if (!wrapper || i == chain.size() - 1) {
                parts.add(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
            }
        }
        String reason = String.join(" / caused by ", parts);
        return reason.length() <= MAX_REASON_LENGTH ? reason : reason.substring(0, MAX_REASON_LENGTH - 1) + "…";
    }

    private DeadLetter() {
    }
}
