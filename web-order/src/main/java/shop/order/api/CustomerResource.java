package shop.order.api;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import shop.messaging.BrokerReachability;
import shop.order.domain.Customer;
import shop.order.domain.CustomerService;
import shop.order.domain.DuplicateCustomerException;

import java.net.URI;
import java.time.Instant;

@Path("/customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomerResource {

    /** What {@code GET /api/customers/{id}} shows. */
    public record CustomerView(String id, String email, String name, Instant registeredAt, String welcomeMail) {
    }

    @Inject
    BrokerReachability broker;

    @Inject
    CustomerService customers;

    @Context
    UriInfo uriInfo;

    /** Registers a customer: stored, welcome mail queued, 201 - without waiting for the mail server. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(@NotNull(message = "a JSON body {email, name} is required") @Valid RegisterCustomerRequest request) {
        broker.require();
        Customer customer;
        try {
            customer = customers.register(request.email(), request.name());
        } catch (EJBTransactionRolledbackException e) {
            // the same address registered twice at once: the unique constraint let only the other one in
            if (customers.registered(request.email())) {
                throw new DuplicateCustomerException(request.email());
            }
            throw e;
        }
        URI location = uriInfo.getAbsolutePathBuilder().path(customer.id()).build();
        return Response.created(location).entity(viewOf(customer)).build();
    }

    @GET
    @Path("/{id}")
    public CustomerView get(@PathParam("id") String id) {
        return customers.find(id).map(this::viewOf).orElseThrow(() -> new NotFoundException("no customer " + id));
    }

    private CustomerView viewOf(Customer customer) {
        return new CustomerView(customer.id(), customer.email(), customer.name(), customer.registeredAt(),
                customers.welcomeMailStatus(customer.id()));
    }
}
