package shop.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One order event as the audit received it: which node handled it, and when. */
@Entity
@Table(name = "AUDITED_EVENT")
public class AuditedEvent {

    @Id
    @Column(length = 36)
    private String eventId;
    @Column(nullable = false, length = 36)
    private String orderId;
    @Column(nullable = false, length = 32)
    private String eventType;
    @Column(nullable = false)
    private Instant occurredAt;
    @Column(nullable = false)
    private Instant receivedAt;
    @Column(nullable = false, length = 64)
    private String node;
    /** Deliveries after the first (redelivered or resent): counted, never recorded again. */
    @Column(nullable = false)
    private int repeats;

    protected AuditedEvent() {
    }

    AuditedEvent(String eventId, String orderId, String eventType, Instant occurredAt, Instant receivedAt, String node) {
        this.eventId = eventId;
        this.orderId = orderId;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
        this.receivedAt = receivedAt;
        this.node = node;
    }

    void repeated() {
        repeats++;
    }
}
