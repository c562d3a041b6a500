package shop.order.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopOrderTest {

    private static ShopOrder placed() {
        return new ShopOrder("o-1", "a@example.com", List.of(new OrderItem("MUG-1", 1, new BigDecimal("9.50"))), Instant.now(), Instant.now());
    }

    @Test
    void shouldCancelAnUnpaidOrder() {
        ShopOrder order = placed();

        assertFalse(order.charged(), "nothing to refund");
        assertTrue(order.cancelled("unpaid", null, Instant.now()));
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals("unpaid", order.cancelReason());
        assertNull(order.refundedAt());
    }

    @Test
    void shouldCancelABackorderedOrderOnlyOnceRecordingItsRefund() {
        ShopOrder order = backordered();
        Instant refundedAt = Instant.now();

        assertTrue(order.charged(), "a backordered order was paid");
        assertTrue(order.cancelled("backordered", refundedAt, Instant.now()));
        assertEquals(refundedAt, order.refundedAt());
        assertFalse(order.cancelled("backordered", refundedAt, Instant.now()), "a repeated CancelOrder changes nothing");
    }

    @Test
    void shouldRefuseToCancelAPaidBackorderedOrderWithoutARefund() {
        ShopOrder order = backordered();

        assertThrows(IllegalStateException.class, () -> order.cancelled("backordered", null, Instant.now()));
        assertEquals(OrderStatus.BACKORDERED, order.status());
    }

    private static ShopOrder backordered() {
        ShopOrder order = placed();
        order.paid("r-1", Instant.now());
        order.backordered(List.of("MUG-1"), Instant.now());
        return order;
    }

    @Test
    void shouldNotCancelAnOrderThatWasPaidOrShippedMeanwhile() {
        ShopOrder paid = placed();
        paid.paid("r-1", Instant.now());
        ShopOrder shipped = placed();
        shipped.paid("r-2", Instant.now());
        shipped.shipped(Instant.now());

        assertFalse(paid.cancellable());
        assertFalse(shipped.cancellable());
        assertFalse(paid.cancelled("unpaid", Instant.now(), Instant.now()));
        assertFalse(shipped.cancelled("backordered", Instant.now(), Instant.now()));
        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(OrderStatus.SHIPPED, shipped.status());
    }
}
