package shop.order.domain;

import jakarta.ejb.ApplicationException;

import java.util.List;

/** The request was well-formed but names things the shop does not have; answered 400, nothing stored. */
@ApplicationException(rollback = true)
public class InvalidOrderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public record FieldError(String field, String message) {
    }

    private final List<FieldError> errors;

    public InvalidOrderException(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
