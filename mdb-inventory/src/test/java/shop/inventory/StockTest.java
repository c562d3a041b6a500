package shop.inventory;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StockTest {

    @Test
    void shouldMoveReservedUnitsFromAvailableToReserved() {
        Stock stock = new Stock("MUG-1", 5);
        stock.reserve(3);
        assertEquals(2, stock.level().available());
        assertEquals(3, stock.level().reserved());
    }

    @Test
    void shouldCoverExactlyWhatIsAvailable() {
        Stock stock = new Stock("MUG-1", 2);
        assertTrue(stock.covers(2));
        assertFalse(stock.covers(3));
    }

    @Test
    void shouldRefuseToReserveMoreThanAvailableAndKeepTheStockUnchanged() {
        Stock stock = new Stock("POSTER-0", 0);
        assertThrows(IllegalStateException.class, () -> stock.reserve(1));
        assertEquals(0, stock.level().available());
        assertEquals(0, stock.level().reserved());
    }

    @Test
    void shouldGiveReleasedUnitsBackToAvailable() {
        Stock stock = new Stock("BOOK-1", 5);
        stock.reserve(3);
        stock.release(2);
        assertEquals(4, stock.level().available());
        assertEquals(1, stock.level().reserved());
    }

    @Test
    void shouldRefuseToReleaseMoreThanReserved() {
        Stock stock = new Stock("BOOK-1", 5);
        stock.reserve(1);
        assertThrows(IllegalStateException.class, () -> stock.release(2));
        assertEquals(4, stock.level().available());
    }
}
