package shop.api.query;

import java.util.Optional;

/** Local view into the inventory, for the order pages; implemented by mdb-inventory. */
public interface StockQuery {

    Optional<StockLevel> stockOf(String sku);
}
