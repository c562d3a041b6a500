package shop.order.api;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/customers}. */
public record RegisterCustomerRequest(
        @NotBlank @Email(regexp = ADDRESS, message = ADDRESS_MESSAGE) @Size(max = 254) String email,
        @NotBlank @Size(max = 100) String name) {

    /**
     * Besides {@code @Email}'s syntax: a domain with at least one dot and no spaces, as mail is delivered on the
     * internet ({@code a@b} is a valid address by RFC 5322, and undeliverable here).
     */
    static final String ADDRESS = "[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+";
    static final String ADDRESS_MESSAGE = "must be an e-mail address with a domain, like name@example.com";
}
