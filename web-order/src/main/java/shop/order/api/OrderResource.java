package shop.order.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import shop.api.query.NotificationQuery;
import shop.messaging.BrokerReachability;
import shop.order.domain.OrderPlacement;
import shop.order.domain.OrderService;
import shop.order.domain.OrderStatus;
import shop.order.domain.ShopOrder;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;

@Path("/orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrderResource {

    private static final int LATEST = 20;

    @Inject
    OrderService orders;

    @Inject
    OrderPlacement placement;

    @Inject
    BrokerReachability broker;

    @EJB
    NotificationQuery notifications;

    @Context
    UriInfo uriInfo;

    /**
     * Places an order. By default the answer comes after the payment (201, status PAID); with the header
     * {@code Prefer: respond-async} the order is accepted at once (202, status PLACED) and paid in the background.
     * With an {@code Idempotency-Key} header, sending the same request again (after a timeout or a 503, say) returns
     * the order the first one made (200) instead of making another: the key fixes the order id, and the payment
     * system charges an order id once; the same key with another body is refused (422). A synchronous order that the
     * first request left PLACED (it failed after storing the order) is charged and completed by the repeat (201).
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(@NotNull(message = "a JSON body {customerEmail, items:[{sku, quantity}]} is required")
                          @Valid PlaceOrderRequest request, @HeaderParam("Prefer") String prefer,
                          @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String orderId = OrderIds.forKey(idempotencyKey);
        boolean async = prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
        Optional<ShopOrder> earlier = orders.find(orderId);
        if (earlier.isPresent()) {
            if (!request.isSameOrderAs(earlier.get())) {
                throw new IdempotencyKeyReusedException(orderId);
            }
            // a synchronous request resent after it failed half-way takes its PLACED order up again
            return !async && earlier.get().status() == OrderStatus.PLACED
                    ? created(placement.resume(earlier.get())) : replayed(earlier.get());
        }
        broker.require();
        List<OrderService.Line> lines = request.lines();
        try {
            return async ? accepted(orders.accept(orderId, request.customerEmail(), lines))
                    : created(placement.place(orderId, request.customerEmail(), lines));
        } catch (EJBTransactionRolledbackException e) {
            // the same key sent twice at once: the other request stored the order first
            return replayed(orders.find(orderId).orElseThrow(() -> e));
        }
    }

    private Response created(ShopOrder order) {
        return Response.created(locationOf(order)).entity(OrderView.of(order, List.of())).build();
    }

    private Response accepted(ShopOrder order) {
        return Response.accepted().location(locationOf(order)).header("Preference-Applied", "respond-async")
                .entity(OrderView.of(order, List.of())).build();
    }

    private URI locationOf(ShopOrder order) {
        return uriInfo.getBaseUriBuilder().path("orders").path(order.id()).build();
    }

    private Response replayed(ShopOrder order) {
        return Response.ok(OrderView.of(order, notifications.forOrder(order.id()))).location(locationOf(order))
                .header("Idempotent-Replayed", "true").build();
    }

    @GET
    @Path("/{id}")
    public OrderView get(@PathParam("id") String id) {
        ShopOrder order = orders.find(id).orElseThrow(() -> new NotFoundException("no order with id '" + id + "'"));
        return OrderView.of(order, notifications.forOrder(id));
    }

    /** The number of orders and the latest few, newest first. */
    @GET
    public Map<String, Object> latest() {
        return Map.of("total", orders.count(),
                "latest", orders.latest(LATEST).stream().map(o -> OrderView.of(o, List.of())).toList());
    }
}
