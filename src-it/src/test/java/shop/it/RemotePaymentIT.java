package shop.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import shop.api.payment.NothingToRefundException;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;
import shop.api.payment.PaymentService;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * This JVM calls the payment bean in the server's JVM over RMI-IIOP, through Payara's own remote-EJB client, logged in
 * as the payment system's client user; without that login, or with a wrong password, the call is refused.
 */
class RemotePaymentIT extends DeployedShop {

    private static final String PAYMENT = "java:global/shop/ejb-payment/PaymentBean!shop.api.payment.PaymentService";

    /** What the payment bean's container throws at a caller it does not let in. */
    private static final String ACCESS_REFUSED = "jakarta.ejb.EJBAccessException";

    private static PaymentService payments;

    @BeforeAll
    static void lookUpOverIiop() throws NamingException {
        logInAsThePaymentClient();
        payments = lookUpPayment();
    }

    // the login holds for this whole JVM; each test starts logged in, whatever the one before it did
    @BeforeEach
    void logInAgain() {
        logInAsThePaymentClient();
    }

    @AfterAll
    static void logOut() {
        RemoteLogin.logout();
    }

    private static void logInAsThePaymentClient() {
        RemoteLogin.loginAs(RemoteLogin.PAYMENT_CLIENT, RemoteLogin.paymentClientPassword());
    }

    private static PaymentService lookUpPayment() throws NamingException {
        Properties environment = new Properties();
        environment.setProperty("org.omg.CORBA.ORBInitialHost", "127.0.0.1");
        environment.setProperty("org.omg.CORBA.ORBInitialPort", System.getProperty("shop.iiop.port"));
        return (PaymentService) new InitialContext(environment).lookup(PAYMENT);
    }

    @Test
    void shouldApproveAcrossJvmsAndReturnTheFirstReceiptWhenTheSameOrderIsPaidAgain() {
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(), "remote@example.com", new BigDecimal("42.00"));

        PaymentReceipt first = payments.pay(request);
        PaymentReceipt again = payments.pay(request);

        assertEquals(PaymentReceipt.Status.APPROVED, first.status());
        assertEquals(request.orderId(), first.orderId());
        assertEquals(0, new BigDecimal("42.00").compareTo(first.amount()));
        assertEquals(first.receiptId(), again.receiptId(), "charged once per order id");
        assertEquals(first.processedAt(), again.processedAt());
    }

    @Test
    void shouldAnswerPayAsyncThroughAFutureOverIiop() throws Exception {
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(), "async@example.com", new BigDecimal("9.50"));

        Future<PaymentReceipt> pending = payments.payAsync(request);
        PaymentReceipt receipt = pending.get(30, TimeUnit.SECONDS);

        assertTrue(receipt.approved());
        assertEquals(request.orderId(), receipt.orderId());
        assertEquals(receipt.receiptId(), payments.pay(request).receiptId(), "the async charge is the same charge");
    }

    @Test
    void shouldDeclineWithAReasonWhenTheAmountExceedsTheApprovalLimit() {
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(), "big@example.com", new BigDecimal("10000.01"));

        PaymentReceipt receipt = payments.pay(request);

        assertEquals(PaymentReceipt.Status.DECLINED, receipt.status());
        assertEquals("amount 10000.01 exceeds the approval limit of 10000.00", receipt.declineReason());
        assertNotEquals(null, receipt.receiptId());
    }

    @Test
    void shouldRefundAnApprovedChargeOnceAndNeverChargeTheOrderAgain() {
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(), "refund@example.com", new BigDecimal("19.90"));
        PaymentReceipt charge = payments.pay(request);

        PaymentReceipt refund = payments.refund(request.orderId());
        PaymentReceipt again = payments.refund(request.orderId());

        assertEquals(PaymentReceipt.Status.REFUNDED, refund.status());
        assertEquals(charge.receiptId(), refund.receiptId(), "the refund is of that charge");
        assertEquals(PaymentReceipt.Status.REFUNDED, again.status(), "refunding again changes nothing");
        assertEquals(PaymentReceipt.Status.REFUNDED, payments.pay(request).status(), "the refunded order is not charged anew");
    }

    @Test
    void shouldRefuseToRefundAnOrderThatWasNeverChargedOrWasDeclined() {
        String neverCharged = UUID.randomUUID().toString();
        PaymentRequest tooBig = new PaymentRequest(UUID.randomUUID().toString(), "big@example.com", new BigDecimal("10000.01"));
        payments.pay(tooBig);

        NothingToRefundException unknown = assertThrows(NothingToRefundException.class, () -> payments.refund(neverCharged));
        NothingToRefundException declined = assertThrows(NothingToRefundException.class, () -> payments.refund(tooBig.orderId()));

        assertEquals("order " + neverCharged + " was never charged; there is nothing to refund", unknown.getMessage());
        assertEquals("order " + tooBig.orderId() + " was DECLINED; there is nothing to refund", declined.getMessage());
        assertEquals(PaymentReceipt.Status.DECLINED, payments.pay(tooBig).status(), "the declined charge stays as it was");
    }

    @Test
    void shouldRefuseARemoteCallWithoutLogin() {
        RemoteLogin.logout();
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(), "anonymous@example.com", new BigDecimal("5.00"));

        RuntimeException refused = assertThrows(RuntimeException.class, () -> payments.pay(request));
        assertEquals(ACCESS_REFUSED, refused.getClass().getName());
        NamingException lookupRefused = assertThrows(NamingException.class, RemotePaymentIT::lookUpPayment);

        assertTrue(lookupRefused.toString().contains("NO_PERMISSION"), lookupRefused.toString());
    }

    @Test
    void shouldRefuseARemoteCallWithAWrongPassword() {
        RemoteLogin.loginAs(RemoteLogin.PAYMENT_CLIENT, "not-the-password");
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(), "intruder@example.com", new BigDecimal("5.00"));

        RuntimeException refused = assertThrows(RuntimeException.class, () -> payments.pay(request));
        assertEquals(ACCESS_REFUSED, refused.getClass().getName());
        NamingException lookupRefused = assertThrows(NamingException.class, RemotePaymentIT::lookUpPayment);
        assertTrue(lookupRefused.toString().contains("NO_PERMISSION"), lookupRefused.toString());
    }

    @Test
    void shouldRefuseAnAuthenticatedCallerWhoIsNotInRolePaymentClient() throws Exception {
        createFileUser("shopper", "shopper-password", "customers");
        RemoteLogin.loginAs("shopper", "shopper-password");
        PaymentRequest request = new PaymentRequest(UUID.randomUUID().toString(), "shopper@example.com", new BigDecimal("5.00"));

        PaymentService asShopper = lookUpPayment(); // authenticated: a bad login would be refused here already

        RuntimeException refused = assertThrows(RuntimeException.class, () -> asShopper.pay(request));
        assertEquals(ACCESS_REFUSED, refused.getClass().getName());
    }

    /** A user of the server's file realm, in a group that is not payment-client (kept if it already exists). */
    private static void createFileUser(String user, String password, String group) throws Exception {
        Path passwordFile = Files.createTempFile("shop-user", ".password");
        try {
            Files.writeString(passwordFile, "AS_ADMIN_PASSWORD=" + ShopCredentials.password(ShopCredentials.OPERATOR)
                    + "\nAS_ADMIN_USERPASSWORD=" + password + "\n");
            Process asadmin = new ProcessBuilder(System.getProperty("shop.asadmin"), "--port", System.getProperty("shop.admin.port"),
                    "--user", ShopCredentials.OPERATOR, "--interactive=false", "--passwordfile", passwordFile.toString(),
                    "create-file-user", "--groups", group, user).redirectErrorStream(true).start();
            String output = new String(asadmin.getInputStream().readAllBytes());
            assertTrue(asadmin.waitFor(60, TimeUnit.SECONDS));
            assertTrue(asadmin.exitValue() == 0 || output.contains("already exists"), output);
        } finally {
            Files.delete(passwordFile);
        }
    }
}
