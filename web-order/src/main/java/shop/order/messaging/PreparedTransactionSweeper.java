package shop.order.messaging;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Rolls back, at the broker, what this node's transaction manager left prepared there for good. When the broker dies
 * between the two phases of a commit, Payara retries the commit on the connection that death broke, so the broker
 * keeps the branch prepared until the node restarts (and ./shop rolls it back). This sweep asks each broker of
 * {@code shop.broker.addresses}, over a connection of its own, for its prepared branches, and rolls back those named
 * after this node ({@code shop.transactions.xid-marker}) that stayed prepared for {@link #STUCK_AFTER_NANOS}, far
 * longer than any commit in progress and than Payara's own retry. Rolling back is safe here: a rolled-back delivery
 * comes again to a consumer that recognises it, and a rolled-back send of a committed order is resent by the
 * {@link shop.order.domain.OrderReconciler}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PreparedTransactionSweeper {

    private static final Logger LOG = Logger.getLogger(PreparedTransactionSweeper.class.getName());
    static final long STUCK_AFTER_NANOS = 75_000_000_000L;
    private static final int BROKER_CALL_TIMEOUT_MILLIS = 5_000;

    @Inject
    @ConfigProperty(name = "shop.broker.addresses")
    Optional<String> addresses;

    @Inject
    @ConfigProperty(name = "shop.broker.user")
    Optional<String> user;

    @Inject
    @ConfigProperty(name = "shop.broker.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "shop.transactions.xid-marker")
    Optional<String> marker;

    /** Each prepared branch of this node, by broker address and branch, with the time it was first seen. */
    private final Map<String, Long> firstSeenNanos = new HashMap<>();

    @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
    void sweep() {
        if (addresses.isEmpty() || marker.isEmpty()) {
            return;
        }
        Set<String> stillPrepared = new HashSet<>();
        for (String address : addresses.get().split(",")) {
            sweep(address.trim(), stillPrepared);
        }
        firstSeenNanos.keySet().retainAll(stillPrepared);
    }

    private void sweep(String address, Set<String> stillPrepared) {
        try (ServerLocator locator = ActiveMQClient.createServerLocator("tcp://" + address)) {
            locator.setCallTimeout(BROKER_CALL_TIMEOUT_MILLIS).setCallFailoverTimeout(BROKER_CALL_TIMEOUT_MILLIS)
                    .setInitialConnectAttempts(1).setReconnectAttempts(0);
            try (ClientSessionFactory factory = locator.createSessionFactory();
                 ClientSession session = factory.createSession(user.orElse(null), password.orElse(null),
                         true, false, false, false, 0)) {
                long now = System.nanoTime();
                for (Xid xid : session.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN)) {
                    if (!isThisNodes(xid)) {
                        continue;
                    }
                    String key = address + " " + Base64.getEncoder().encodeToString(xid.getGlobalTransactionId())
                            + "/" + Base64.getEncoder().encodeToString(xid.getBranchQualifier());
                    long since = firstSeenNanos.computeIfAbsent(key, k -> now);
                    if (now - since < STUCK_AFTER_NANOS) {
                        stillPrepared.add(key);
                    } else {
                        LOG.warning(() -> "rolling back a transaction left prepared at the broker " + address
                                + " for " + (now - since) / 1_000_000_000L + " s: " + describe(xid));
                        session.rollback(xid);
                    }
                }
            }
        } catch (Exception unreachable) {
            // a broker that is down (or a backup that does not serve) holds nothing this sweep can resolve now
            LOG.log(Level.FINE, "no sweep of the broker " + address, unreachable);
            firstSeenNanos.keySet().stream().filter(k -> k.startsWith(address + " ")).forEach(stillPrepared::add);
        }
    }

    private boolean isThisNodes(Xid xid) {
        return text(xid).contains(marker.get());
    }

    /** The transaction's global id and branch as text, as Payara writes them */
    private static String text(Xid xid) {
        return new String(xid.getGlobalTransactionId(), StandardCharsets.ISO_8859_1) + "/"
                + new String(xid.getBranchQualifier(), StandardCharsets.ISO_8859_1);
    }

    /** For the log: {@link #text}, unprintable bytes as '.' */
    private static String describe(Xid xid) {
        return text(xid).replaceAll("[^\\x20-\\x7e]", ".");
    }
}
