package shop.messaging;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BrokerReachabilityTest {

    @Test
    void shouldLetARequestThroughWhileOneOfTheBrokersAcceptsConnections() throws Exception {
        int closed = closedPort();
        try (ServerSocket broker = listening()) {
            BrokerReachability reachability = of("127.0.0.1:" + closed + ",127.0.0.1:" + broker.getLocalPort());
            assertDoesNotThrow(reachability::require);
        }
    }

    @Test
    void shouldRefuseARequestAtOnceWhenNoBrokerAcceptsConnectionsAndLookAgainAfterAFailure() throws Exception {
        try (ServerSocket broker = listening()) {
            int port = broker.getLocalPort();
            BrokerReachability reachability = of("127.0.0.1:" + port);
            assertDoesNotThrow(reachability::require);
            broker.close();
            reachability.probeAgain();
            assertThrows(BrokerUnreachableException.class, reachability::require);
        }
    }

    @Test
    void shouldLetEveryRequestThroughWhereNoBrokerAddressIsConfigured() {
        BrokerReachability reachability = new BrokerReachability();
        reachability.addresses = Optional.empty();
        assertDoesNotThrow(reachability::require);
    }

    private static BrokerReachability of(String addresses) {
        BrokerReachability reachability = new BrokerReachability();
        reachability.addresses = Optional.of(addresses);
        return reachability;
    }

    private static ServerSocket listening() throws Exception {
        return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = listening()) {
            return socket.getLocalPort();
        }
    }
}
