package shop.order.benchmark;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import shop.api.customer.WelcomeMails;
import shop.order.api.RegisterCustomerRequest;
import shop.order.domain.Customer;
import shop.order.domain.CustomerService;

/**
 * The comparison for the queue: a registration that sends its welcome mail inside the request, where
 * {@code POST /api/customers} queues it. Only in the benchmark's build (web-order's profile bench).
 */
@Path("/benchmark/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SynchronousMailRegistration {

    @Inject
    CustomerService customers;

    @EJB
    WelcomeMails welcomeMails;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull @Valid RegisterCustomerRequest request) {
        Customer customer = customers.register(request.email(), request.name(), welcomeMails::send);
        return Response.status(Response.Status.CREATED).entity(customer.id()).type(MediaType.TEXT_PLAIN).build();
    }
}
