package shop.it;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The course's registration example: store, queue the welcome mail, answer 201; a mail worker sends it. */
class CustomerRegistrationIT extends DeployedShop {

    @RegisterExtension
    static final GreenMailExtension SMTP = TestSmtp.forTheClass();

    @Test
    void shouldAnswer201AndLetAMailWorkerSendTheWelcomeMailOnce() throws Exception {
        String email = unique();

        ShopHttp.Reply registered = ShopHttp.register(email, "Ann");

        assertEquals(201, registered.status(), registered.body());
        assertNotNull(registered.location());
        String id = registered.json().getString("id");
        assertTrue(registered.location().endsWith("/api/customers/" + id), registered.location());
        MimeMessage[] mails = Eventually.await("the welcome mail to " + email, Duration.ofSeconds(30),
                () -> SMTP.getReceivedMessagesForDomain(email), received -> received.length == 1);
        assertEquals("Welcome to the shop, Ann", mails[0].getSubject());
        Eventually.await("welcome mail marked MAILED", Duration.ofSeconds(30),
                () -> ShopHttp.get("/api/customers/" + id).json(), c -> c.getString("welcomeMail").equals("MAILED"));
    }

    @Test
    void shouldAnswer409NamingTheEmailWhenItIsRegisteredAlready() {
        String email = unique();
        assertEquals(201, ShopHttp.register(email, "Cay").status());

        ShopHttp.Reply again = ShopHttp.register(email, "Cay again");

        assertEquals(409, again.status(), again.body());
        assertEquals("application/problem+json", again.contentType());
        assertEquals("email", again.json().getString("field"));
    }

    @Test
    void shouldAnswer400NamingEachBadFieldAndStoreNothing() {
        String email = unique();

        ShopHttp.Reply bad = ShopHttp.post("/api/customers", "application/json", "{\"email\":\"not-an-address\",\"name\":\" \"}");
        ShopHttp.Reply missing = ShopHttp.post("/api/customers", "application/json", "");
        ShopHttp.Reply valid = ShopHttp.register(email, "Dee");

        assertEquals(400, bad.status(), bad.body());
        JsonObject problem = bad.json();
        assertEquals("application/problem+json", bad.contentType());
        assertEquals(2, problem.getJsonArray("violations").size(), bad.body());
        assertTrue(bad.body().contains("\"field\":\"email\"") && bad.body().contains("\"field\":\"name\""), bad.body());
        assertEquals(400, missing.status(), missing.body());
        assertEquals(201, valid.status(), "the address of a refused request is still free: " + valid.body());
    }

    private static String unique() {
        return "customer-" + UUID.randomUUID() + "@example.com";
    }
}
