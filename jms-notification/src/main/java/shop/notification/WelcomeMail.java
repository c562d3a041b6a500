package shop.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The welcome mail of one customer, written in the transaction that consumed its command: its presence is what makes
 * a redelivered or resent command a no-op (counted in {@code repeats}).
 */
@Entity
@Table(name = "WELCOME_MAIL")
public class WelcomeMail {

    enum Status { MAILED, RECORDED }

    @Id
    @Column(length = 36)
    private String customerId;
    @Column(nullable = false, length = 36)
    private String messageId;
    @Column(nullable = false)
    private String email;
    @Column(nullable = false, length = 16)
    private String status;
    @Column(nullable = false)
    private Instant handledAt;
    @Column(nullable = false)
    private int repeats;

    protected WelcomeMail() {
    }

    WelcomeMail(String customerId, String messageId, String email, Status status, Instant handledAt) {
        this.customerId = customerId;
        this.messageId = messageId;
        this.email = email;
        this.status = status.name();
        this.handledAt = handledAt;
    }

    void repeated() {
        repeats++;
    }

    String status() {
        return status;
    }
}
