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

import shop.order.domain.OrderService;
import shop.order.domain.ShopOrder;

import java.math.BigDecimal;
import java.util.List;

/** Body of {@code POST /api/orders}. */
public record PlaceOrderRequest(
        @NotBlank @Email(regexp = RegisterCustomerRequest.ADDRESS, message = RegisterCustomerRequest.ADDRESS_MESSAGE)
        @Size(max = 254) String customerEmail,
        @NotEmpty @Size(max = 50) List<@NotNull @Valid Item> items) {

    /** The order lines asked for; call only once the request is valid (whole quantities). */
    List<OrderService.Line> lines() {
        return items.stream().map(item -> new OrderService.Line(item.sku(), item.quantity().intValueExact())).toList();
    }

    /** Whether the order made for an earlier request with this one's Idempotency-Key is what this request asks for. */
    boolean isSameOrderAs(ShopOrder order) {
        return order.customerEmail().equals(customerEmail) && order.items().stream()
                .map(item -> new OrderService.Line(item.sku(), item.quantity())).toList().equals(lines());
    }

    public record Item(
            @NotBlank @Size(max = 64) String sku,
            @NotNull @Digits(integer = 3, fraction = 0, message = "must be a whole number") @Min(1) @Max(100)
            BigDecimal quantity) {
    }
}
