package shop.inventory;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Map;

/** Opening stock of the demo catalog, put in place on first start; existing stock is never reset. */
@Singleton
@Startup
public class StockSeeder {

    static final Map<String, Integer> OPENING_STOCK = Map.of("BOOK-1", 1000, "MUG-1", 1000, "GOLD-1", 10, "POSTER-0", 0);

    @PersistenceContext(unitName = "inventory")
    EntityManager entityManager;

    @PostConstruct
    void seed() {
        OPENING_STOCK.forEach((sku, units) -> {
            if (entityManager.find(Stock.class, sku) == null) {
                entityManager.persist(new Stock(sku, units));
            }
        });
    }
}
