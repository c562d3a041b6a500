package shop.api.query;

/** @param available units that can still be reserved; {@code reserved} units already taken by shipped orders */
public record StockLevel(String sku, int available, int reserved) {
}
