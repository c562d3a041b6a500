package shop.order.api;

import org.junit.jupiter.api.Test;
import shop.order.domain.InvalidOrderException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderIdsTest {

    @Test
    void shouldDeriveTheSameOrderIdFromTheSameIdempotencyKey() {
        assertEquals(OrderIds.forKey("client-42/attempt"), OrderIds.forKey("client-42/attempt"));
        assertEquals(36, OrderIds.forKey("k").length(), "fits the 36-character order id columns");
    }

    @Test
    void shouldDeriveDifferentOrderIdsFromDifferentKeysAndRandomOnesWithoutAKey() {
        assertNotEquals(OrderIds.forKey("a"), OrderIds.forKey("b"));
        assertNotEquals(OrderIds.forKey(null), OrderIds.forKey(null));
    }

    @Test
    void shouldRejectAnEmptyOverlongOrNonAsciiKey() {
        assertThrows(InvalidOrderException.class, () -> OrderIds.forKey(""));
        assertThrows(InvalidOrderException.class, () -> OrderIds.forKey("k".repeat(65)));
        assertThrows(InvalidOrderException.class, () -> OrderIds.forKey("key with spaces"));
        assertThrows(InvalidOrderException.class, () -> OrderIds.forKey("schlüssel"));
    }
}
