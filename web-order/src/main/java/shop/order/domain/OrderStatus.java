package shop.order.domain;

/** PLACED -> PAID -> SHIPPED or BACKORDERED. A declined payment rolls the order back, so it never shows. */
public enum OrderStatus {
    PLACED, PAID, SHIPPED, BACKORDERED
}
