package shop.order.domain;

/**
 * PLACED -> PAID -> SHIPPED or BACKORDERED. A declined payment rolls a synchronous order back, so it never shows;
 * an order accepted asynchronously (202) that is declined later ends in PAYMENT_DECLINED.
 */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, BACKORDERED, PAYMENT_DECLINED
}
