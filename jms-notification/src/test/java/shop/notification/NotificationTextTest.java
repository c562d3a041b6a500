package shop.notification;

import org.junit.jupiter.api.Test;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderShipped;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationTextTest {

    @Test
    void shouldNameTheMissingProductsOfABackorderedOrder() {
        NotificationText.Text text = NotificationText.of(
                new OrderBackordered("m", "o-7", "a@example.com", List.of("POSTER-0", "GOLD-1"), Instant.now()));
        assertEquals("Your order o-7 is backordered", text.subject());
        assertTrue(text.body().contains("POSTER-0, GOLD-1"), text.body());
    }

    @Test
    void shouldTellTheCustomerTheOrderShipped() {
        assertEquals("Your order o-7 has shipped",
                NotificationText.of(new OrderShipped("m", "o-7", "a@example.com", Instant.now())).subject());
    }
}
