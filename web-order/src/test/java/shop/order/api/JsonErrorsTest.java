package shop.order.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonErrorsTest {

    @Test
    void shouldNameTheNestedFieldAndTheExpectedJsonTypeOfANumberThatIsText() {
        Problems.Violation violation = JsonErrors.describe("Unable to deserialize property 'items' because of: "
                + "Unable to deserialize property 'quantity' because of: Error deserialize JSON value into type: "
                + "class java.math.BigDecimal.");
        assertEquals("items.quantity", violation.field());
        assertEquals("must be a JSON value of type number", violation.message());
    }

    @Test
    void shouldNameAnObjectWhereAnArrayBelongs() {
        Problems.Violation violation = JsonErrors.describe("Unable to deserialize property 'items' because of: "
                + "Incorrect position for processing type: interface java.util.List. Received event: START_OBJECT");
        assertEquals("items", violation.field());
        assertEquals("must be a JSON value of type array", violation.message());
    }

    @Test
    void shouldBlameTheWholeBodyWhenItIsNotJsonAtAll() {
        Problems.Violation violation = JsonErrors.describe("Unexpected char 104 at (line no=1, column no=1, offset=0)");
        assertEquals("body", violation.field());
        assertEquals("is not valid JSON here: Unexpected char 104 at (line no=1, column no=1, offset=0)", violation.message());
    }
}
