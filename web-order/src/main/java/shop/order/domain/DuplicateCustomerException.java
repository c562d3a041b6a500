package shop.order.domain;

import jakarta.ejb.ApplicationException;

/** Somebody registered with this e-mail address already; answered 409, nothing stored, nothing sent. */
@ApplicationException(rollback = true)
public class DuplicateCustomerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DuplicateCustomerException(String email) {
        super("a customer with e-mail " + email + " is already registered");
    }
}
