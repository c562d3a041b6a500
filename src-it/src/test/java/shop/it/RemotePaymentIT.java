package shop.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;
import shop.api.payment.PaymentService;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.math.BigDecimal;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** This JVM calls the payment bean in the server's JVM over RMI-IIOP, through Payara's own remote-EJB client. */
class RemotePaymentIT extends DeployedShop {

    private static final String PAYMENT = "java:global/shop/ejb-payment/PaymentBean!shop.api.payment.PaymentService";

    private static PaymentService payments;

    @BeforeAll
    static void lookUpOverIiop() throws NamingException {
        Properties environment = new Properties();
        environment.setProperty("org.omg.CORBA.ORBInitialHost", "127.0.0.1");
        environment.setProperty("org.omg.CORBA.ORBInitialPort", System.getProperty("shop.iiop.port"));
        payments = (PaymentService) new InitialContext(environment).lookup(PAYMENT);
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
}
