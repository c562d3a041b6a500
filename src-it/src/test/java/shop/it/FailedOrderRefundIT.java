package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing refused stays charged, and a 503 that says "nothing was changed" is true. The database refuses the last
 * step of this run's orders (a check constraint the application does not know about refuses PAID for them), after
 * the payment system has charged them. The first are answered 503 saying the order may have been charged; once most
 * orders fail, the order node refuses the next ones before storing or charging anything (a circuit breaker), and says
 * so. Then half of all orders are sent again with the same Idempotency-Key and completed; the reconciler cancels the
 * stored ones among the rest and refunds their charges. Runs on both stacks.
 */
class FailedOrderRefundIT extends DeployedShop {

    /** The notifications of the run are mailed, as in production: none is left behind for the mail retry. */
    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    private static final String MAY_HAVE_BEEN_CHARGED = "may have been charged";
    private static final String NOTHING_CHANGED = "nothing was changed";

    @Test
    void shouldLeaveNoChargeWithoutAnOrderWhenARequestFailsAfterPayment() throws Exception {
        OrderChecker checker = new OrderChecker();
        String constraint = "it_refuse_" + UUID.randomUUID().toString().replace("-", "");
        List<OrderChecker.Attempt> failed;
        ShopDatabase.ORDERS.execute("alter table shop_order add constraint " + constraint
                + " check (status <> 'PAID' or customeremail not like '" + checker.emailPattern() + "')");
        try {
            failed = checker.place(200, 8, 0, Integer.MAX_VALUE, () -> { });
        } finally {
            ShopDatabase.ORDERS.execute("alter table shop_order drop constraint " + constraint);
        }
        for (OrderChecker.Attempt attempt : failed) {
            assertEquals(503, attempt.status(), attempt.body());
            assertTrue(attempt.retryAfter() != null, attempt.body());
            assertTrue(attempt.body().contains(MAY_HAVE_BEEN_CHARGED) && attempt.body().contains(attempt.orderId())
                    || attempt.body().contains(NOTHING_CHANGED), attempt.body());
        }
        Set<String> stored = failed.stream().filter(a -> a.body().contains(MAY_HAVE_BEEN_CHARGED))
                .map(OrderChecker.Attempt::orderId).collect(Collectors.toSet());
        assertTrue(stored.size() >= 4, "the first orders got as far as their charge: " + stored.size());
        assertEquals(stored, checker.orders().keySet(), "an order is stored exactly where the answer says it may be charged");
        assertEquals(stored, charged(checker, "APPROVED"), "each stored order was charged before its last step failed");

        Thread.sleep(2500); // the circuit breaker lets an order through again 2 s after it opened
        List<OrderChecker.Attempt> resent = checker.resend(failed.stream().filter(a -> a.number() % 2 == 0).toList());
        resent.forEach(attempt -> assertEquals(201, attempt.status(), "a resend completes the order: " + attempt.body()));

        OrderChecker.Report report = checker.check(resent, OrderNodeCrashIT.SETTLE);
        System.out.println(report);
        report.assertNothingLostOrDoubled();
        Set<String> leftAlone = failed.stream().filter(a -> a.number() % 2 == 1).map(OrderChecker.Attempt::orderId)
                .filter(stored::contains).collect(Collectors.toSet());
        assertEquals(leftAlone, charged(checker, "REFUNDED"), "the stored orders never sent again were refunded");
        assertEquals(leftAlone, checker.orders().entrySet().stream().filter(o -> o.getValue().equals("CANCELLED"))
                .map(java.util.Map.Entry::getKey).collect(Collectors.toSet()), "... and cancelled");
        assertEquals(100 + leftAlone.size(), checker.orders().size(), "the resent orders and the cancelled ones, no more");
    }

    private static Set<String> charged(OrderChecker checker, String status) {
        return ShopDatabase.PAYMENTS.rows("select orderid from payment where status = ? and customeremail like ?",
                status, checker.emailPattern()).stream().map(row -> row.get(0)).collect(Collectors.toSet());
    }
}
