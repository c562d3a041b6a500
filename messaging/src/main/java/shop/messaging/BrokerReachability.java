package shop.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Fails a request that needs the broker before it changes anything (called where the request begins, and by every
 * {@link Jms#use}), while no broker of {@code shop.broker.addresses}
 * accepts a connection. A request that went ahead to the connection pool would wait there: Payara creates and
 * discards the pool's connections one at a time, each waiting for a broker that is gone, so a queue of requests
 * formed behind the first ones. The answer is known for 0.5 s at a time; each probe waits at most 500 ms per address.
 * Unset (as on a node without the setting), every request goes ahead.
 */
@ApplicationScoped
public class BrokerReachability {

    private static final long KNOWN_FOR_NANOS = 500_000_000L;
    private static final int CONNECT_TIMEOUT_MILLIS = 500;

    @Inject
    @ConfigProperty(name = "shop.broker.addresses")
    Optional<String> addresses;

    private volatile boolean reachable = true;
    private volatile long probedAtNanos;

    /** @throws BrokerUnreachableException no broker accepts a connection */
    public void require() {
        if (addresses.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        if (now - probedAtNanos > KNOWN_FOR_NANOS) {
            synchronized (this) {
                if (now - probedAtNanos > KNOWN_FOR_NANOS) {
                    reachable = probe(Arrays.stream(addresses.get().split(",")).map(String::trim).toList());
                    probedAtNanos = System.nanoTime();
                }
            }
        }
        if (!reachable) {
            throw new BrokerUnreachableException("no message broker of " + addresses.get() + " accepts connections");
        }
    }

    /** A broker call failed: the next {@link #require} probes instead of trusting what it knew. */
    public void probeAgain() {
        probedAtNanos = System.nanoTime() - 2 * KNOWN_FOR_NANOS;
    }

    private static boolean probe(List<String> hostPorts) {
        for (String hostPort : hostPorts) {
            int colon = hostPort.lastIndexOf(':');
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(hostPort.substring(0, colon), Integer.parseInt(hostPort.substring(colon + 1))),
                        CONNECT_TIMEOUT_MILLIS);
                return true;
            } catch (IOException notThere) {
                // the next one, a backup, may be active
            }
        }
        return false;
    }
}
