package shop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Bad input: every malformed order gets a 4xx problem+json that says what is wrong, and nothing is stored. */
class OrderValidationIT extends DeployedShop {

    private static final String JSON = "application/json";

    static Stream<Arguments> malformedOrders() {
        return Stream.of(
                arguments("empty body", JSON, "", 400, "body"),
                arguments("not JSON", JSON, "hello", 400, "body"),
                arguments("array instead of object", JSON, "[]", 400, "body"),
                arguments("no customerEmail", JSON, "{\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":1}]}", 400, "customerEmail"),
                arguments("invalid email", JSON, order("not-an-email", "{\"sku\":\"BOOK-1\",\"quantity\":1}"), 400, "customerEmail"),
                arguments("no items", JSON, "{\"customerEmail\":\"a@example.com\"}", 400, "items"),
                arguments("empty items", JSON, order("a@example.com", ""), 400, "items"),
                arguments("items is an object", JSON, "{\"customerEmail\":\"a@example.com\",\"items\":{\"sku\":\"BOOK-1\"}}", 400, "items"),
                arguments("null item", JSON, order("a@example.com", "null"), 400, "items[0]"),
                arguments("blank sku", JSON, order("a@example.com", "{\"sku\":\" \",\"quantity\":1}"), 400, "items[0].sku"),
                arguments("unknown sku", JSON, order("a@example.com", "{\"sku\":\"NO-SUCH\",\"quantity\":1}"), 400, "items[0].sku"),
                arguments("same sku twice", JSON, order("a@example.com",
                        "{\"sku\":\"BOOK-1\",\"quantity\":1},{\"sku\":\"BOOK-1\",\"quantity\":2}"), 400, "items[1].sku"),
                arguments("quantity zero", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":0}"), 400, "items[0].quantity"),
                arguments("quantity negative", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":-3}"), 400, "items[0].quantity"),
                arguments("quantity too large", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":101}"), 400, "items[0].quantity"),
                arguments("quantity fractional", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":1.5}"), 400, "items[0].quantity"),
                arguments("quantity is text", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":\"two\"}"), 400, "items[0].quantity"),
                arguments("quantity is a string holding a number", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":\"1\"}"), 400, "items[0].quantity"),
                arguments("sku is a number", JSON, order("a@example.com", "{\"sku\":123,\"quantity\":1}"), 400, "items[0].sku"),
                arguments("address without a dot in its domain", JSON, order("a@b", "{\"sku\":\"BOOK-1\",\"quantity\":1}"), 400, "customerEmail"),
                arguments("NUL in the address", JSON, order("a\\u0000b@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":1}"), 400, "customerEmail"),
                arguments("ESC in the address", JSON, order("a\\u001bb@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":1}"), 400, "customerEmail"),
                arguments("right-to-left override in the sku", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\\u202e\",\"quantity\":1}"), 400, "items[0].sku"),
                arguments("unknown field", JSON, "{\"customerEmail\":\"a@example.com\",\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":1}],\"coupon\":[1]}", 400, "coupon"),
                arguments("truncated array in an unknown field", JSON, "{\"customerEmail\":\"a@example.com\",\"x\":[1", 400, "body"),
                arguments("body over the limit", JSON, "{\"customerEmail\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}", 413, null),
                arguments("missing quantity", JSON, order("a@example.com", "{\"sku\":\"BOOK-1\"}"), 400, "items[0].quantity"),
                arguments("not JSON content type", "text/plain", order("a@example.com", "{\"sku\":\"BOOK-1\",\"quantity\":1}"), 415, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedOrders")
    void shouldRejectWithAProblemNamingTheFieldAndStoreNothing(String description, String contentType, String body,
                                                               int expectedStatus, String expectedField) {
        long ordersBefore = ShopHttp.orderCount();

        ShopHttp.Reply reply = ShopHttp.post("/api/orders", contentType, body);

        assertEquals(expectedStatus, reply.status(), reply.body());
        assertEquals("application/problem+json", reply.contentType());
        JsonObject problem = reply.json();
        assertEquals(expectedStatus, problem.getInt("status"));
        assertTrue(problem.getString("title").length() > 3 && problem.getString("detail").length() > 3, reply.body());
        if (expectedField != null) {
            List<String> fields = problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                    .map(v -> v.getString("field")).toList();
            assertTrue(fields.contains(expectedField), "expected " + expectedField + " among " + fields);
        }
        assertEquals(ordersBefore, ShopHttp.orderCount(), "no order stored");
    }

    private static String order(String email, String items) {
        return "{\"customerEmail\":\"" + email + "\",\"items\":[" + items + "]}";
    }
}
