package shop.payment.rest;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.api.payment.LocalPaymentService;
import shop.api.payment.PaymentJson;

/** {@code POST /payment/api/payments}: the payment bean's pay over HTTP/JSON; idempotent by order id like the EJB. */
@Path("/payments")
@RequestScoped
public class PaymentResource {

    @EJB
    LocalPaymentService payments;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public PaymentJson.Receipt pay(PaymentJson.Request request) {
        return PaymentJson.Receipt.of(payments.pay(request.toPaymentRequest()));
    }
}
