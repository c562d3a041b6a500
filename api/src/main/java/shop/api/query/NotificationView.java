package shop.api.query;

import java.time.Instant;

/**
 * @param status   RECORDED (no SMTP host configured), MAILED, or MAIL_FAILED (kept, retried later)
 * @param mailedAt when the mail went out; null unless MAILED
 */
public record NotificationView(String eventType, String recipient, String subject, String status, Instant recordedAt,
                               Instant mailedAt) {
}
