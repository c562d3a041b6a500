package shop.order.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import shop.api.query.StockLevel;
import shop.api.query.StockQuery;
import shop.order.domain.OrderService;

import java.math.BigDecimal;
import java.util.List;

/** The catalog (priced by the order system) and the stock (kept by the inventory system). */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

    public record ProductView(String sku, String name, BigDecimal price) {
    }

    @Inject
    OrderService orders;

    @EJB
    StockQuery stock;

    @GET
    @Path("products")
    public List<ProductView> products() {
        return orders.catalog().stream().map(p -> new ProductView(p.sku(), p.name(), p.price())).toList();
    }

    @GET
    @Path("inventory/{sku}")
    public StockLevel stockOf(@PathParam("sku") String sku) {
        return stock.stockOf(sku).orElseThrow(() -> new NotFoundException("no stock is kept for sku '" + sku + "'"));
    }
}
