package shop.order.api;

import shop.order.domain.InvalidOrderException;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/** An order's id: random, or derived from the client's Idempotency-Key so that a resent request finds its order. */
final class OrderIds {

    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,64}");

    static String forKey(String idempotencyKey) {
        if (idempotencyKey == null) {
            return UUID.randomUUID().toString();
        }
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new InvalidOrderException(List.of(new InvalidOrderException.FieldError("Idempotency-Key",
                    "must be 1 to 64 visible ASCII characters")));
        }
        return UUID.nameUUIDFromBytes(("shop-order:" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private OrderIds() {
    }
}
