package shop.notification;

import org.junit.jupiter.api.Test;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderShipped;

import java.math.BigDecimal;
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
    void shouldTellTheCustomerOfTheRefundWhenAPaidOrderIsCancelled() {
        NotificationText.Text refunded = NotificationText.of(new OrderCancelled("m", "o-7", "a@example.com",
                "stock did not arrive within PT24H", new BigDecimal("39.90"), Instant.now()));
        NotificationText.Text unpaid = NotificationText.of(new OrderCancelled("m", "o-8", "a@example.com",
                "it was not paid within PT24H", null, Instant.now()));

        assertEquals("We cancelled your order o-7: stock did not arrive within PT24H. We refunded your payment of 39.90.",
                refunded.body());
        assertEquals("We cancelled your order o-8: it was not paid within PT24H.", unpaid.body());
    }

    @Test
    void shouldTellTheCustomerTheOrderShipped() {
        assertEquals("Your order o-7 has shipped",
                NotificationText.of(new OrderShipped("m", "o-7", "a@example.com", Instant.now())).subject());
    }
}
