package shop.payment;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.AsyncResult;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Remote;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import shop.api.payment.LocalPaymentService;
import shop.api.payment.PaymentReceipt;
import shop.api.payment.PaymentRequest;
import shop.api.payment.PaymentService;

import java.util.concurrent.Future;

/**
 * The payment system's remote view (RMI-IIOP): only an authenticated caller in role {@code payment-client} gets in.
 * META-INF/glassfish-ejb-jar.xml makes the IIOP layer demand a user name and password (CSIv2) and maps the role to
 * the file-realm group of the same name. The charge itself is {@link PaymentProcessor}'s.
 */
@Stateless
@Remote(PaymentService.class)
@DeclareRoles(PaymentService.CLIENT_ROLE)
@RolesAllowed(PaymentService.CLIENT_ROLE)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentBean implements PaymentService {

    @EJB
    LocalPaymentService processor;

    @Override
    public PaymentReceipt pay(PaymentRequest request) {
        return processor.pay(request);
    }

    @Override
    @Asynchronous
    public Future<PaymentReceipt> payAsync(PaymentRequest request) {
        return new AsyncResult<>(processor.pay(request));
    }

    @Override
    public PaymentReceipt refund(String orderId) {
        return processor.refund(orderId);
    }
}
