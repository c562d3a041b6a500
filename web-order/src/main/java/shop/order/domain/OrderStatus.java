package shop.order.domain;

/**
 * PLACED -> PAID -> SHIPPED or BACKORDERED. A declined payment rolls a synchronous order back, so it never shows;
 * an order accepted asynchronously (202) that is declined later ends in PAYMENT_DECLINED. An order still PLACED
 * (unpaid) or BACKORDERED when its delayed CancelOrder arrives ends in CANCELLED.
 */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, BACKORDERED, PAYMENT_DECLINED, CANCELLED
}
