package shop.api.messaging;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class OrderMessageTest {

    @Test
    void shouldDeriveTheSameIdEachTimeForOneOrdersMessageOfOneType() {
        assertEquals(OrderMessage.idFor("o-1", OrderShipped.class), OrderMessage.idFor("o-1", OrderShipped.class));
    }

    @Test
    void shouldDeriveDifferentIdsForOtherTypesAndOtherOrders() {
        assertNotEquals(OrderMessage.idFor("o-1", OrderShipped.class), OrderMessage.idFor("o-1", OrderBackordered.class));
        assertNotEquals(OrderMessage.idFor("o-1", ShipOrder.class), OrderMessage.idFor("o-2", ShipOrder.class));
    }
}
