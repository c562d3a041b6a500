package shop.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The outcome of one ShipOrder, keyed by order: its presence is what makes a repeated command a no-op. */
@Entity
@Table(name = "RESERVATION")
public class Reservation {

    enum Outcome { SHIPPED, BACKORDERED }

    @Id
    @Column(length = 36)
    private String orderId;
    @Column(nullable = false, length = 16)
    private String outcome;
    private String missingSkus;
    @Column(nullable = false, length = 36)
    private String commandId;
    @Column(nullable = false)
    private Instant decidedAt;

    protected Reservation() {
    }

    Reservation(String orderId, Outcome outcome, String missingSkus, String commandId, Instant decidedAt) {
        this.orderId = orderId;
        this.outcome = outcome.name();
        this.missingSkus = missingSkus;
        this.commandId = commandId;
        this.decidedAt = decidedAt;
    }

    String outcome() {
        return outcome;
    }
}
