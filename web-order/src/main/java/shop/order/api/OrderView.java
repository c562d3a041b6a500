package shop.order.api;

import shop.api.query.NotificationView;
import shop.order.domain.ShopOrder;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What {@code GET /api/orders/{id}} shows: the order, where it stands, and what the customer was told. */
public record OrderView(String id, String status, String customerEmail, BigDecimal amount, List<Item> items,
                        String receiptId, String declineReason, String cancelReason, Instant refundedAt,
                        List<String> missingSkus, Instant createdAt, Instant updatedAt,
                        List<NotificationView> notifications) {

    public record Item(String sku, int quantity, BigDecimal unitPrice) {
    }

    static OrderView of(ShopOrder order, List<NotificationView> notifications) {
        return new OrderView(order.id(), order.status().name(), order.customerEmail(), order.amount(),
                order.items().stream().map(i -> new Item(i.sku(), i.quantity(), i.unitPrice())).toList(),
                order.receiptId(), order.declineReason(), order.cancelReason(), order.refundedAt(), order.missingSkus(),
                order.createdAt(), order.updatedAt(), notifications);
    }
}
