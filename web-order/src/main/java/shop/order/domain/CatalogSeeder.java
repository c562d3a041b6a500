package shop.order.domain;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.List;

/** Puts the demo catalog in place on first start; a product that exists is left as it is. */
@Singleton
@Startup
public class CatalogSeeder {

    static final List<Product> CATALOG = List.of(
            new Product("BOOK-1", "Designing Distributed Systems (book)", new BigDecimal("39.90")),
            new Product("MUG-1", "Coffee mug", new BigDecimal("9.50")),
            new Product("GOLD-1", "Gold-plated keyboard", new BigDecimal("4999.00")),
            new Product("POSTER-0", "Sold-out limited poster", new BigDecimal("15.00")));

    @PersistenceContext(unitName = "order")
    EntityManager entityManager;

    @PostConstruct
    void seed() {
        for (Product product : CATALOG) {
            if (entityManager.find(Product.class, product.sku()) == null) {
                entityManager.persist(product);
            }
        }
    }
}
