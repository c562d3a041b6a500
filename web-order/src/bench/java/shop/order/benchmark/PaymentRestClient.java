package shop.order.benchmark;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.api.payment.PaymentJson;

/** MicroProfile Rest Client of the payment system's HTTP endpoint (web-payment), the REST side of the comparison. */
@Path("/payments")
public interface PaymentRestClient {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    PaymentJson.Receipt pay(PaymentJson.Request request);
}
