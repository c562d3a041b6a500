package shop.order.api;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the field behind a JSON-B binding failure. Yasson nests its messages ("Unable to deserialize property 'items'
 * because of: Unable to deserialize property 'quantity' because of: ... type: class java.lang.Integer"), so the
 * property path and the expected type can be read from the outermost message.
 */
final class JsonErrors {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern TYPE = Pattern.compile("type: (?:class|interface) (?:[\\w$]+\\.)*([\\w$]+)");

    static Problems.Violation describe(String bindingMessage) {
        String message = bindingMessage == null ? "" : bindingMessage;
        List<String> path = new ArrayList<>();
        Matcher property = PROPERTY.matcher(message);
        while (property.find()) {
            path.add(property.group(1));
        }
        String field = path.isEmpty() ? "body" : String.join(".", path);
        Matcher type = TYPE.matcher(message);
        String expected = null;
        while (type.find()) {
            expected = type.group(1);
        }
        String problem = expected == null ? "is not valid JSON here: " + message : "must be a JSON value of type " + jsonName(expected);
        return new Problems.Violation(field, problem);
    }

    private static String jsonName(String javaType) {
        return switch (javaType) {
            case "Integer", "Long", "BigDecimal", "int", "long" -> "number";
            case "List", "Collection" -> "array";
            case "String" -> "string";
            default -> "object";
        };
    }

    private JsonErrors() {
    }
}
