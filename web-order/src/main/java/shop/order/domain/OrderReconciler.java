package shop.order.domain;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Stuck is not an end state. Every few seconds, orders that a crash or an outage left behind are finished:
 * <ul>
 * <li>unpaid longer than {@code order.reconcile-after-ms} past their time to pay (a synchronous request that failed
 *     or died after storing the order; an accepted order whose PayOrder and CancelOrder were both lost) are
 *     cancelled, and any charge the payment system made for them is refunded;</li>
 * <li>paid with no news from inventory for as long (the shipment command lost with a crashed transaction) get their
 *     events and shipment command again, under the same message ids, which the consumers recognise.</li>
 * </ul>
 * Each order is one transaction of its own; one that fails (the payment system still down) is tried on the next run.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderReconciler {

    private static final Logger LOG = Logger.getLogger(OrderReconciler.class.getName());
    private static final int BATCH = 50;

    @EJB
    OrderService orders;

    @Inject
    @ConfigProperty(name = "order.reconcile-after-ms", defaultValue = "60000")
    long reconcileAfterMillis;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void reconcile() {
        Instant cutoff = Instant.now().minusMillis(reconcileAfterMillis);
        String reason = "it was not paid within " + Duration.ofMillis(reconcileAfterMillis) + " of its time to pay";
        each(orders.unpaidSince(cutoff, BATCH), "cancel", id -> orders.cancel(id, reason));
        each(orders.paidWithoutNewsSince(cutoff, BATCH), "resend the news of", orders::resendNews);
    }

    private static void each(List<String> orderIds, String what, Consumer<String> action) {
        for (String id : orderIds) {
            try {
                action.accept(id);
            } catch (RuntimeException e) {
                LOG.warning(() -> "could not " + what + " order " + id + "; trying again on the next run: " + e);
            }
        }
    }
}
