package shop.inventory;

import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import shop.api.query.StockLevel;
import shop.api.query.StockQuery;

import java.util.Optional;

@Stateless
@Local(StockQuery.class)
public class StockQueryBean implements StockQuery {

    @PersistenceContext(unitName = "inventory")
    EntityManager entityManager;

    @Override
    public Optional<StockLevel> stockOf(String sku) {
        return Optional.ofNullable(entityManager.find(Stock.class, sku)).map(Stock::level);
    }
}
