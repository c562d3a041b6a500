package shop.order.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShopOrderTest {

    private static ShopOrder placed() {
        return new ShopOrder("o-1", "a@example.com", List.of(new OrderItem("MUG-1", 1, new BigDecimal("9.50"))), Instant.now());
    }

    @Test
    void shouldCancelAnUnpaidOrder() {
        ShopOrder order = placed();

        assertTrue(order.cancelled("unpaid", Instant.now()));
        assertEquals(OrderStatus.CANCELLED, order.status());
        assertEquals("unpaid", order.cancelReason());
    }

    @Test
    void shouldCancelABackorderedOrderOnlyOnce() {
        ShopOrder order = placed();
        order.paid("r-1", Instant.now());
        order.backordered(List.of("MUG-1"), Instant.now());

        assertTrue(order.cancelled("backordered", Instant.now()));
        assertFalse(order.cancelled("backordered", Instant.now()), "a repeated CancelOrder changes nothing");
    }

    @Test
    void shouldNotCancelAnOrderThatWasPaidOrShippedMeanwhile() {
        ShopOrder paid = placed();
        paid.paid("r-1", Instant.now());
        ShopOrder shipped = placed();
        shipped.paid("r-2", Instant.now());
        shipped.shipped(Instant.now());

        assertFalse(paid.cancelled("unpaid", Instant.now()));
        assertFalse(shipped.cancelled("backordered", Instant.now()));
        assertEquals(OrderStatus.PAID, paid.status());
        assertEquals(OrderStatus.SHIPPED, shipped.status());
    }
}
