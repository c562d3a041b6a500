package shop.order.api;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StrictJsonTest {

    private static final List<String> TRUNCATED = List.of(
            "{\"customerEmail\":\"a@b.c\",\"x\":[1", "{\"x\":[", "{\"x\":{", "{\"x\":{\"y\":[1,{", "{\"items\":[{\"sku\":\"A\"",
            "{\"x\":[[[[", "{\"x\":\"abc", "{", "[", "{\"x\":tru", "{\"x\":1e", "{\"x\":[1,2,]", "{\"x\":{\"y\":}}",
            "{} {}", "}", "{\"x\":[1]]}");

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void shouldRefuseTruncatedJsonAtOnceWhereParssonsSkipNeverReturns() {
        for (String body : TRUNCATED) {
            InvalidRequestBodyException e = assertThrows(InvalidRequestBodyException.class, () -> read(body), body);
            assertEquals("body", e.violations().get(0).field(), body);
        }
    }

    /** The upstream bug this class works around (eclipse-ee4j/parsson#23): when this fails, Parsson fixed it. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void shouldShowThatParssonsSkipArrayStillLoopsOnATruncatedArray() throws Exception {
        Thread skipping = new Thread(() -> {
            try (JsonParser parser = Json.createParser(new StringReader("{\"x\":[1"))) {
                parser.next();
                parser.next();
                parser.next();
                parser.skipArray();
            } catch (RuntimeException expected) {
                // a fixed parser throws here
            }
        });
        skipping.setDaemon(true);
        skipping.start();
        skipping.join(2000);
        assertTrue(skipping.isAlive(), "skipArray returned: Parsson no longer loops, StrictJson's full parse may go");
    }

    @Test
    void shouldRefuseAStringWhereANumberBelongsAndANumberWhereAStringBelongs() {
        InvalidRequestBodyException e = assertThrows(InvalidRequestBodyException.class,
                () -> read("{\"customerEmail\":123,\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":\"1\"}]}"));
        assertEquals(List.of("customerEmail", "items[0].quantity"), fields(e));
    }

    @Test
    void shouldRefuseControlAndBidiCharactersNamingTheField() {
        for (String evil : List.of("\\u0000", "\\u001b", "\\u202e", "\\u2066", "\\u007f")) {
            InvalidRequestBodyException e = assertThrows(InvalidRequestBodyException.class,
                    () -> read("{\"customerEmail\":\"a" + evil + "@example.com\",\"items\":[]}"), evil);
            assertEquals(List.of("customerEmail"), fields(e), evil);
        }
    }

    @Test
    void shouldRefuseUnknownFieldsAndInvalidUtf8() {
        assertEquals(List.of("items[0].colour"), fields(assertThrows(InvalidRequestBodyException.class,
                () -> read("{\"customerEmail\":\"a@example.com\",\"items\":[{\"sku\":\"A\",\"quantity\":1,\"colour\":[1]}]}"))));
        assertEquals(List.of("body"), fields(assertThrows(InvalidRequestBodyException.class,
                () -> StrictJson.read(new byte[]{'{', '"', (byte) 0xC3, '"', ':', '1', '}'}, PlaceOrderRequest.class))));
    }

    @Test
    void shouldBindAWellFormedOrder() {
        PlaceOrderRequest order = read("{\"customerEmail\":\"a@example.com\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":2}]}");
        assertEquals("a@example.com", order.customerEmail());
        assertEquals(List.of(new PlaceOrderRequest.Item("BOOK-1", new BigDecimal(2))), order.items());
    }

    private static PlaceOrderRequest read(String body) {
        return StrictJson.read(body.getBytes(StandardCharsets.UTF_8), PlaceOrderRequest.class);
    }

    private static List<String> fields(InvalidRequestBodyException e) {
        return e.violations().stream().map(Problems.Violation::field).toList();
    }
}
