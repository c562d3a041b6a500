package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stuck is not an end state. Orders are paid while their shipment commands wait in a paused queue; then the order
 * node is killed and the commands are lost with it (removed from the queue, as a crash between the order's commit
 * and the broker's would lose them). Started again, the order node's reconciler finds the orders PAID with no news
 * and sends their shipment again: every order ships (or is backordered), none twice.
 */
class StuckOrderIT extends DeployedShop {

    /** The notifications of the run are mailed, as in production: none is left behind for the mail retry. */
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    private static final String SHIP_ORDERS = "queue.shop.ship-orders";

    @Test
    void shouldFinishOrCancelAnOrderLeftPaidByACrash() throws Exception {
        OrderChecker checker = new OrderChecker();
        long[] lostCommands = new long[1];
        try (BrokerManagement broker = new BrokerManagement()) {
            broker.invoke(SHIP_ORDERS, "pause");
            try {
                List<OrderChecker.Attempt> attempts = checker.place(200, 8, 0, 200, () -> {
                    // read while the node runs: its embedded database is reached through it
                    assertTrue(checker.orders().values().stream().allMatch("PAID"::equals), "left PAID: " + checker.orders());
                    OrderNodeCrashIT.killOrderNode();
                    lostCommands[0] = ((Number) broker.invoke(SHIP_ORDERS, "removeAllMessages")).longValue();
                });
                assertEquals(200, attempts.stream().filter(a -> a.status() == 201).count(), "every order paid before the crash");
                assertTrue(lostCommands[0] >= 200, "the shipment commands of the run were waiting: " + lostCommands[0]);
                broker.invoke(SHIP_ORDERS, "resume");
                ShopScript.start();

                OrderChecker.Report report = checker.check(attempts, OrderNodeCrashIT.SETTLE);
                System.out.println(report);
                report.assertNothingLostOrDoubled();
                assertEquals(200, report.inEndState());
            } finally {
                broker.invoke(SHIP_ORDERS, "resume");
            }
        }
    }
}
