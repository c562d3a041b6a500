package shop.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import shop.api.query.StockLevel;

@Entity
@Table(name = "STOCK")
public class Stock {

    @Id
    @Column(length = 64)
    private String sku;
    @Column(nullable = false)
    private int available;
    @Column(nullable = false)
    private int reserved;

    protected Stock() {
    }

    Stock(String sku, int available) {
        this.sku = sku;
        this.available = available;
    }

    String sku() {
        return sku;
    }

    boolean covers(int quantity) {
        return available >= quantity;
    }

    void reserve(int quantity) {
        if (!covers(quantity)) {
            throw new IllegalStateException(sku + ": cannot reserve " + quantity + ", only " + available + " available");
        }
        available -= quantity;
        reserved += quantity;
    }

    /** Gives back units reserved for an order that will not ship. */
    void release(int quantity) {
        if (quantity > reserved) {
            throw new IllegalStateException(sku + ": cannot release " + quantity + ", only " + reserved + " reserved");
        }
        reserved -= quantity;
        available += quantity;
    }

    StockLevel level() {
        return new StockLevel(sku, available, reserved);
    }
}
