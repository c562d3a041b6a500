package shop.order.api;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;

import java.io.StringReader;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a request body to a record, strictly: the whole body is parsed first (so malformed JSON of any shape fails at
 * once; the JSON-B path skipped unknown fields with Parsson's skipArray, which never returns on a truncated array),
 * then each JSON value must have its component's JSON type (no "1" for 1, no 123 for "123"), strings may hold no
 * control or bidirectional formatting characters, and fields the record does not have are refused. Every violation
 * is reported with its path, e.g. {@code items[0].quantity}.
 */
final class StrictJson {

    /** Bidirectional formatting characters (Unicode's Bidi_Control): they make text display other than it reads. */
    private static final Set<Integer> BIDI_CONTROLS = Set.of(0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
            0x202E, 0x2066, 0x2067, 0x2068, 0x2069);

    static <R extends Record> R read(byte[] body, Class<R> type) {
        List<Problems.Violation> violations = new ArrayList<>();
        JsonValue value = parse(body, violations);
        R bound = null;
        if (value != null) {
            if (value instanceof JsonObject object) {
                bound = bind(type, object, "", violations);
            } else {
                violations.add(new Problems.Violation("body", "must be a JSON object, not " + describe(value)));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestBodyException(violations);
        }
        return bound;
    }

    private static JsonValue parse(byte[] body, List<Problems.Violation> violations) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            violations.add(new Problems.Violation("body", "is not UTF-8"));
            return null;
        }
        if (text.isBlank()) {
            violations.add(new Problems.Violation("body", "is empty; send a JSON object"));
            return null;
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            parser.next();
            JsonValue value = parser.getValue();
            if (parser.hasNext()) {
                // a JsonReader would accept "{} {}" (it stops after the first value)
                violations.add(new Problems.Violation("body", "has more after its JSON value"));
                return null;
            }
            return value;
        } catch (JsonException | NoSuchElementException e) {
            violations.add(new Problems.Violation("body", "is not valid JSON: " + e.getMessage()));
            return null;
        }
    }

    private static <R extends Record> R bind(Class<R> type, JsonObject object, String prefix, List<Problems.Violation> violations) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        object.keySet().stream().filter(name -> !known.contains(name)).sorted().forEach(name -> violations.add(
                new Problems.Violation(prefix + name, "is not a field here; the fields are " + String.join(", ",
                        Arrays.stream(components).map(RecordComponent::getName).toList()))));
        Object[] values = new Object[components.length];
        int before = violations.size();
        for (int i = 0; i < components.length; i++) {
            values[i] = convert(components[i].getGenericType(), object.get(components[i].getName()),
                    prefix + components[i].getName(), violations);
        }
        if (violations.size() > before) {
            return null;
        }
        try {
            Constructor<R> canonical = type.getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return canonical.newInstance(values);
        } catch (NoSuchMethodException | InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    private static Object convert(Type type, JsonValue value, String field, List<Problems.Violation> violations) {
        if (value == null || value == JsonValue.NULL) {
            return null; // absent: Bean Validation says whether it may be
        }
        Class<?> raw = type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType() : (Class<?>) type;
        if (raw == String.class) {
            if (value instanceof JsonString string) {
                return checkedText(string.getString(), field, violations);
            }
            return wrongType(field, "a JSON string", value, violations);
        }
        if (raw == BigDecimal.class) {
            return value instanceof JsonNumber number ? number.bigDecimalValue() : wrongType(field, "a JSON number", value, violations);
        }
        if (raw == List.class) {
            if (!(value instanceof JsonArray array)) {
                return wrongType(field, "a JSON array", value, violations);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0; i < array.size(); i++) {
                list.add(convert(element, array.get(i), field + "[" + i + "]", violations));
            }
            return list;
        }
        if (raw.isRecord()) {
            return value instanceof JsonObject object
                    ? bind(raw.asSubclass(Record.class), object, field + ".", violations)
                    : wrongType(field, "a JSON object", value, violations);
        }
        throw new IllegalStateException("no JSON binding for " + type + " (" + field + ")");
    }

    private static String checkedText(String text, String field, List<Problems.Violation> violations) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.getType(codePoint) == Character.CONTROL || BIDI_CONTROLS.contains(codePoint)) {
                violations.add(new Problems.Violation(field, String.format(
                        "must not contain control or bidirectional formatting characters (U+%04X at %d)", codePoint, i)));
                return null;
            }
            i += Character.charCount(codePoint);
        }
        return text;
    }

    private static Object wrongType(String field, String expected, JsonValue value, List<Problems.Violation> violations) {
        violations.add(new Problems.Violation(field, "must be " + expected + ", not " + describe(value)));
        return null;
    }

    private static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private StrictJson() {
    }
}
