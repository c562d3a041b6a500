package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A 201 is a promise: the order node's Payara Server is killed (kill -9) in the middle of a stream of orders and
 * started again with ./shop start, as an operator would. Every order it had acknowledged is still there and reaches
 * an end state without hand work; what was in flight is cancelled and refunded by the reconciler. Runs on both stacks.
 */
class OrderNodeCrashIT extends DeployedShop {

    /** The notifications of the run are mailed, as in production: none is left behind for the mail retry. */
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    static final Path ORDER_NODE_PID = Path.of(System.getProperty("shop.home"), "domains", "shop", "config", "pid");
    /** The reconciler's 30 s after an order's time to pay, its 5 s period, and the cancellation delay of 10 s. */
    static final Duration SETTLE = Duration.ofSeconds(150);

    @Test
    void shouldLoseNoAcceptedOrderWhenTheOrderNodeIsKilledUnderLoad() throws Exception {
        OrderChecker checker = new OrderChecker();

        List<OrderChecker.Attempt> attempts = checker.place(240, 8, 4, 80, OrderNodeCrashIT::killOrderNode);
        ShopScript.start();

        OrderChecker.Report report = checker.check(attempts, SETTLE);
        System.out.println(report);
        assertTrue(report.acknowledged() >= 80, "the node was killed mid-stream, after 80 answers: " + report);
        assertTrue(report.attempted() > report.acknowledged(), "some requests met the dead node: " + report);
        report.assertNothingLostOrDoubled();
    }

    static void killOrderNode() throws Exception {
        ShopProcesses.kill(ShopProcesses.required(ORDER_NODE_PID, "the order node"));
    }
}
