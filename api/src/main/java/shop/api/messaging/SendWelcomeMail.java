package shop.api.messaging;

import java.time.Instant;

/** Command on {@link Destinations#WELCOME_MAILS}: mail this newly registered customer a welcome. */
public record SendWelcomeMail(String messageId, String customerId, String email, String name, Instant issuedAt)
        implements ShopMessage {

    @Override
    public String groupKey() {
        return customerId;
    }
}
