package shop.it;

import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.core.transaction.impl.XidImpl;
import org.junit.jupiter.api.Test;

import javax.transaction.xa.XAException;
import javax.transaction.xa.XAResource;
import javax.transaction.xa.Xid;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A transaction branch that the order node's transaction manager left prepared at the broker (as when the broker dies
 * between the two phases of a commit) is rolled back by the running node; one named after another node is left alone.
 */
class PreparedTransactionSweepIT extends DeployedShop {

    @Test
    void shouldRollBackWhatTheOrderNodeLeftPreparedAtTheBrokerAndNothingElse() throws Exception {
        String run = UUID.randomUUID().toString();
        // Payara's transaction ids name the instance and its IIOP port ("server,P<port>,"), as the node's own do
        Xid ofTheNode = xid("vm,server,P" + System.getProperty("shop.iiop.port") + ",sweep-" + run);
        Xid ofAnotherNode = xid("vm,server,P1,sweep-" + run);
        try (ServerLocator locator = ActiveMQClient.createServerLocator(System.getProperty("shop.broker.url"));
             ClientSessionFactory factory = locator.createSessionFactory();
             ClientSession session = factory.createSession(ShopCredentials.OPERATOR,
                     ShopCredentials.password(ShopCredentials.OPERATOR), true, false, false, false, 0)) {
            try {
                for (Xid xid : List.of(ofTheNode, ofAnotherNode)) {
                    session.start(xid, XAResource.TMNOFLAGS);
                    session.end(xid, XAResource.TMSUCCESS);
                    session.prepare(xid);
                }
                assertTrue(prepared(session, ofTheNode) && prepared(session, ofAnotherNode), "both prepared at first");

                // the sweep runs every 15 s and rolls back what stayed prepared for 75 s
                Eventually.await("the order node's branch rolled back", Duration.ofSeconds(150),
                        () -> prepared(session, ofTheNode), stillThere -> !stillThere);
                assertTrue(prepared(session, ofAnotherNode), "another node's branch is left to that node");
            } finally {
                for (Xid xid : List.of(ofTheNode, ofAnotherNode)) {
                    rollBackIfPrepared(session, xid);
                }
            }
        }
    }

    private static Xid xid(String branch) {
        return new XidImpl(branch.getBytes(StandardCharsets.ISO_8859_1), 0x1234,
                ("sweep-test-" + branch).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static boolean prepared(ClientSession session, Xid wanted) {
        try {
            return Arrays.stream(session.recover(XAResource.TMSTARTRSCAN | XAResource.TMENDRSCAN))
                    .anyMatch(xid -> Arrays.equals(xid.getBranchQualifier(), wanted.getBranchQualifier())
                            && Arrays.equals(xid.getGlobalTransactionId(), wanted.getGlobalTransactionId()));
        } catch (XAException e) {
            throw new IllegalStateException("the broker's list of prepared transactions", e);
        }
    }

    private static void rollBackIfPrepared(ClientSession session, Xid xid) throws XAException {
        if (prepared(session, xid)) {
            session.rollback(xid);
        }
    }
}
