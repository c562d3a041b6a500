package shop.messaging;

import org.junit.jupiter.api.Test;
import shop.api.messaging.CancelOrder;
import shop.api.messaging.OrderBackordered;
import shop.api.messaging.OrderCancelled;
import shop.api.messaging.OrderLine;
import shop.api.messaging.OrderPaid;
import shop.api.messaging.OrderPlaced;
import shop.api.messaging.OrderShipped;
import shop.api.messaging.PayOrder;
import shop.api.messaging.SendWelcomeMail;
import shop.api.messaging.ShipOrder;
import shop.api.messaging.ShopMessage;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonMessagesTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:15:30Z");

    @Test
    void shouldReadBackEveryMessageTypeItWrites() {
        List<ShopMessage> messages = List.of(
                new OrderPlaced("m1", "o1", "a@example.com", List.of(new OrderLine("BOOK-1", 2)), new BigDecimal("25.00"), NOW),
                new OrderPaid("m2", "o1", "a@example.com", "r1", new BigDecimal("25.00"), NOW),
                new OrderShipped("m3", "o1", "a@example.com", NOW),
                new OrderBackordered("m4", "o1", "a@example.com", List.of("POSTER-0"), NOW),
                new ShipOrder("m5", "o1", "a@example.com", List.of(new OrderLine("MUG-1", 1)), NOW),
                new PayOrder("m6", "o1", "a@example.com", new BigDecimal("9.50"), NOW),
                new OrderCancelled("m7", "o1", "a@example.com", "stock did not arrive within PT24H", new BigDecimal("25.00"), NOW),
                new OrderCancelled("m7", "o1", "a@example.com", "it was not paid within PT24H", null, NOW),
                new CancelOrder("m8", "o1", "stock did not arrive within PT24H", NOW),
                new SendWelcomeMail("m9", "c1", "a@example.com", "Ann", NOW));
        for (ShopMessage message : messages) {
            String type = JsonMessages.typeOf(message);
            ShopMessage read = JsonMessages.fromJson(type, JsonMessages.versionOf(type), JsonMessages.toJson(message));
            assertEquals(message, read, type);
        }
    }

    @Test
    void shouldGroupOrderMessagesByOrderAndWelcomeMailsByCustomer() {
        assertEquals("o1", new ShipOrder("m5", "o1", "a@example.com", List.of(), NOW).groupKey());
        assertEquals("c1", new SendWelcomeMail("m9", "c1", "a@example.com", "Ann", NOW).groupKey());
        String json = JsonMessages.toJson(new SendWelcomeMail("m9", "c1", "a@example.com", "Ann", NOW));
        assertTrue(!json.contains("groupKey"), "only the record's fields go on the wire: " + json);
    }

    @Test
    void shouldWriteJsonWithNamedFieldsNotJavaSerialization() {
        String json = JsonMessages.toJson(new OrderShipped("m3", "o1", "a@example.com", NOW));
        assertTrue(json.startsWith("{") && json.contains("\"orderId\":\"o1\"") && json.contains("2026-11-25T10:15:30Z"), json);
    }

    @Test
    void shouldRejectUnknownTypeUnsupportedVersionAndMalformedBody() {
        String valid = JsonMessages.toJson(new OrderShipped("m3", "o1", "a@example.com", NOW));
        assertThrows(UnreadableMessageException.class, () -> JsonMessages.fromJson("OrderExploded", 1, valid));
        assertThrows(UnreadableMessageException.class, () -> JsonMessages.fromJson(null, 1, valid));
        assertThrows(UnreadableMessageException.class, () -> JsonMessages.fromJson("OrderShipped", 2, valid));
        assertThrows(UnreadableMessageException.class, () -> JsonMessages.fromJson("OrderShipped", 1, "{not json"));
        assertThrows(UnreadableMessageException.class, () -> JsonMessages.fromJson("OrderShipped", 1, ""));
        assertThrows(UnreadableMessageException.class, () -> JsonMessages.fromJson("OrderShipped", 1, "{\"customerEmail\":\"x\"}"));
    }
}
