package shop.api.messaging;

/** One line of an order: which product and how many. */
public record OrderLine(String sku, int quantity) {
}
