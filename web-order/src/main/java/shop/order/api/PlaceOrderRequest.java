package shop.order.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /api/orders}. */
public record PlaceOrderRequest(
        @NotBlank @Email @Size(max = 254) String customerEmail,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items) {

    public record Item(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Digits(integer = 3, fraction = 0, message = "must be a whole number") @Min(1) @Max(100)
            BigDecimal quantity) {
    }
}
