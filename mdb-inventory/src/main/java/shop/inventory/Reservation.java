package shop.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import shop.api.messaging.OrderLine;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What inventory did for one order, keyed by order: its presence is what makes a repeated ShipOrder a no-op, and
 * its held lines are what a cancellation gives back.
 */
@Entity
@Table(name = "RESERVATION")
public class Reservation {

    enum Outcome {
        /** every line reserved, the order ships */
        SHIPPED,
        /** stock fell short: the lines that were covered are held for the order until it ships or is cancelled */
        BACKORDERED,
        /** the order was cancelled and its held lines went back to stock */
        RELEASED,
        /** the order was cancelled before inventory saw it: nothing held, and a late ShipOrder ships nothing */
        CANCELLED
    }

    @Id
    @Column(length = 36)
    private String orderId;
    @Column(nullable = false, length = 16)
    private String outcome;
    private String missingSkus;
    /** "sku:quantity,sku:quantity" of the units taken from stock for this order */
    @Column(length = 2000)
    private String heldLines;
    @Column(nullable = false, length = 36)
    private String commandId;
    @Column(nullable = false)
    private Instant decidedAt;

    protected Reservation() {
    }

    Reservation(String orderId, Outcome outcome, List<String> missingSkus, List<OrderLine> held, String commandId,
                Instant decidedAt) {
        this.orderId = orderId;
        this.outcome = outcome.name();
        this.missingSkus = missingSkus.isEmpty() ? null : String.join(",", missingSkus);
        this.heldLines = held.stream().map(l -> l.sku() + ":" + l.quantity()).collect(Collectors.joining(","));
        this.commandId = commandId;
        this.decidedAt = decidedAt;
    }

    Outcome outcome() {
        return Outcome.valueOf(outcome);
    }

    List<String> missingSkus() {
        return missingSkus == null || missingSkus.isEmpty() ? List.of() : List.of(missingSkus.split(","));
    }

    Instant decidedAt() {
        return decidedAt;
    }

    List<OrderLine> heldLines() {
        if (heldLines == null || heldLines.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(heldLines.split(",")).map(l -> l.split(":"))
                .map(l -> new OrderLine(l[0], Integer.parseInt(l[1]))).toList();
    }

    /** The held lines have gone back to stock; nothing is held any more. */
    void released(Instant now) {
        outcome = Outcome.RELEASED.name();
        decidedAt = now;
    }
}
