package shop.it;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Mail is sent for real (SMTP, an in-process GreenMail); when the SMTP server is away, nothing is lost. */
class MailRetryIT extends DeployedShop {

    @RegisterExtension
    final TestSmtp.Later smtpLater = TestSmtp.startedLater();

    @Test
    void shouldKeepEveryNotificationWhileSmtpIsDownAndMailItOnceSmtpIsBack() {
        String email = "retry-" + UUID.randomUUID() + "@example.com";

        ShopHttp.Reply placed = ShopHttp.placeOrder(ShopHttp.orderJson(email, "MUG-1", 1)); // no SMTP server yet
        assertEquals(201, placed.status(), placed.body());
        String id = placed.json().getString("id");
        Eventually.await("order shipped, 3 notifications recorded, their mail failed", Duration.ofSeconds(30),
                () -> ShopHttp.order(id), order -> order.getString("status").equals("SHIPPED")
                        && statuses(order).equals(List.of("MAIL_FAILED", "MAIL_FAILED", "MAIL_FAILED")));

        GreenMail smtp = smtpLater.start();

        // the retry timer runs every 30 s
        MimeMessage[] mails = Eventually.await("3 mails to " + email + " after the retry", Duration.ofSeconds(75),
                () -> smtp.getReceivedMessagesForDomain(email), received -> received.length == 3);
        assertEquals(3, mails.length);
        Eventually.await("notifications marked MAILED", Duration.ofSeconds(30), () -> ShopHttp.order(id),
                order -> statuses(order).equals(List.of("MAILED", "MAILED", "MAILED")));
    }

    private static List<String> statuses(JsonObject order) {
        return order.getJsonArray("notifications").getValuesAs(JsonObject.class).stream()
                .map(n -> n.getString("status")).toList();
    }
}
