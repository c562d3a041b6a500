package shop.order.api;

import java.util.List;

/** A request body that is not JSON, or not of the shape and types its record says: answered 400 naming each field. */
class InvalidRequestBodyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problems.Violation> violations;

    InvalidRequestBodyException(List<Problems.Violation> violations) {
        super(violations.toString());
        this.violations = List.copyOf(violations);
    }

    List<Problems.Violation> violations() {
        return violations;
    }
}
