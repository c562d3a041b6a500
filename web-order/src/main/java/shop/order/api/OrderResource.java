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
import shop.order.domain.OrderService;
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

    @EJB
    NotificationQuery notifications;

    @Context
    UriInfo uriInfo;

    /**
     * Places an order. By default the answer comes after the payment (201, status PAID); with the header
     * {@code Prefer: respond-async} the order is accepted at once (202, status PLACED) and paid in the background.
     * With an {@code Idempotency-Key} header, sending the same request again (after a timeout or a 503, say) returns
     * the order the first one made (200) instead of making another: the key fixes the order id, and the payment
     * system charges an order id once.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response place(@NotNull(message = "a JSON body {customerEmail, items:[{sku, quantity}]} is required")
                          @Valid PlaceOrderRequest request, @HeaderParam("Prefer") String prefer,
                          @HeaderParam("Idempotency-Key") String idempotencyKey) {
        String orderId = OrderIds.forKey(idempotencyKey);
        Optional<ShopOrder> earlier = orders.find(orderId);
        if (earlier.isPresent()) {
            return replayed(earlier.get());
        }
        List<OrderService.Line> lines = request.items().stream()
                .map(item -> new OrderService.Line(item.sku(), item.quantity().intValueExact())).toList();
        boolean async = prefer != null && prefer.toLowerCase(Locale.ROOT).contains("respond-async");
        ShopOrder order;
        try {
            order = async ? orders.accept(orderId, request.customerEmail(), lines)
                    : orders.place(orderId, request.customerEmail(), lines);
        } catch (EJBTransactionRolledbackException e) {
            // the same key sent twice at once: the other request stored the order first
            return replayed(orders.find(orderId).orElseThrow(() -> e));
        }
        URI location = uriInfo.getAbsolutePathBuilder().path(order.id()).build();
        Response.ResponseBuilder answer = async
                ? Response.accepted().location(location).header("Preference-Applied", "respond-async")
                : Response.created(location);
        return answer.entity(OrderView.of(order, List.of())).build();
    }

    private Response replayed(ShopOrder order) {
        return Response.ok(OrderView.of(order, notifications.forOrder(order.id())))
                .location(uriInfo.getBaseUriBuilder().path("orders").path(order.id()).build())
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
