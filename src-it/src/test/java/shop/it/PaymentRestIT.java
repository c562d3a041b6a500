package shop.it;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The payment system's HTTP endpoint, the REST half of the RPC-vs-REST benchmark, lets in only the payment client,
 * like its remote EJB. Only the benchmark's build has it (payment-ear's profile bench), so this runs with the
 * benchmarks, against the first payment node; the two stacks of {@code mvn verify} leave it out (tag bench-build).
 */
@Tag("bench-build")
class PaymentRestIT extends DeployedShop {

    private static final URI PAYMENTS = URI.create(System.getProperty("shop.payment.http.url") + "/payment/api/payments");

    @Test
    void shouldRefuseAPaymentOverHttpWithoutCredentials() {
        ShopHttp.Reply reply = ShopHttp.post(PAYMENTS, "application/json", payment(UUID.randomUUID().toString()));

        assertEquals(401, reply.status(), reply.body());
    }

    @Test
    void shouldRefuseAPaymentOverHttpWithAWrongPassword() {
        ShopHttp.Reply reply = ShopHttp.post(PAYMENTS, "application/json", payment(UUID.randomUUID().toString()),
                "Authorization", basic(RemoteLogin.PAYMENT_CLIENT, "not-the-password"));

        assertEquals(401, reply.status(), reply.body());
    }

    @Test
    void shouldChargeThePaymentClientOnceWhenTheSamePaymentIsPostedTwice() {
        String orderId = UUID.randomUUID().toString();
        String authorization = basic(RemoteLogin.PAYMENT_CLIENT, RemoteLogin.paymentClientPassword());

        ShopHttp.Reply first = ShopHttp.post(PAYMENTS, "application/json", payment(orderId), "Authorization", authorization);
        ShopHttp.Reply again = ShopHttp.post(PAYMENTS, "application/json", payment(orderId), "Authorization", authorization);

        assertEquals(200, first.status(), first.body());
        assertEquals("APPROVED", first.json().getString("status"));
        assertEquals(orderId, first.json().getString("orderId"));
        assertEquals(first.json().getString("receiptId"), again.json().getString("receiptId"));
    }

    private static String payment(String orderId) {
        return "{\"orderId\":\"" + orderId + "\",\"customerEmail\":\"rest@example.com\",\"amount\":12.50}";
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
