package shop.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import shop.api.query.NotificationView;

import java.time.Instant;
import java.util.UUID;

/** One notification per order event; the event's message id is unique, so a redelivered event adds nothing. */
@Entity
@Table(name = "NOTIFICATION")
public class Notification {

    enum Status { RECORDED, MAILED, MAIL_FAILED }

    @Id
    @Column(length = 36)
    private String id;
    @Column(nullable = false, unique = true, length = 36)
    private String messageId;
    @Column(nullable = false, length = 36)
    private String orderId;
    @Column(nullable = false, length = 32)
    private String eventType;
    @Column(nullable = false)
    private String recipient;
    @Column(nullable = false)
    private String subject;
    @Column(nullable = false, length = 2000)
    private String body;
    @Column(nullable = false, length = 16)
    private String status;
    private int mailAttempts;
    @Column(length = 1000)
    private String lastError;
    @Column(nullable = false)
    private Instant recordedAt;
    private Instant mailedAt;

    protected Notification() {
    }

    Notification(String messageId, String orderId, String eventType, String recipient, String subject, String body,
                 Instant now) {
        this.id = UUID.randomUUID().toString();
        this.messageId = messageId;
        this.orderId = orderId;
        this.eventType = eventType;
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.status = Status.RECORDED.name();
        this.recordedAt = now;
    }

    void mailed(Instant now) {
        mailAttempts++;
        status = Status.MAILED.name();
        mailedAt = now;
        lastError = null;
    }

    void mailFailed(String error) {
        mailAttempts++;
        status = Status.MAIL_FAILED.name();
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    }

    String recipient() {
        return recipient;
    }

    String subject() {
        return subject;
    }

    String body() {
        return body;
    }

    NotificationView view() {
        return new NotificationView(eventType, recipient, subject, status, recordedAt, mailedAt);
    }
}
