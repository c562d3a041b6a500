package shop.order.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import shop.api.payment.LocalPaymentService;
import shop.api.payment.PaymentJson;
import shop.api.payment.PaymentRequest;
import shop.order.payment.PaymentGateway;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * RPC vs HTTP, measured from the order node in one run: the same pay operation (a new order id each call, so each
 * call charges and writes a row) as a local call, as a remote EJB over RMI-IIOP through the PaymentGateway, and over
 * REST through a MicroProfile Rest Client. Run by {@code mvn -Pbench verify} (src-it), which prints the table.
 */
@Path("/benchmark/payment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BenchmarkResource {

    @EJB
    LocalPaymentService localPayment;

    @Inject
    PaymentGateway gateway;

    @Inject
    Config config;

    @Resource
    ManagedThreadFactory threads;

    @GET
    public List<Measurement> run(@QueryParam("calls") @DefaultValue("1000") int calls,
                                 @QueryParam("callers") @DefaultValue("32") int callers,
                                 @QueryParam("warmup") @DefaultValue("200") int warmup) throws Exception {
        // payment over HTTP runs on the payment nodes only (payment-ear's profile bench)
        URI restUrl = config.getValue("payment.rest.url", URI.class);
        PaymentRestClient rest = RestClientBuilder.newBuilder().baseUri(restUrl)
                .connectTimeout(5, TimeUnit.SECONDS).readTimeout(30, TimeUnit.SECONDS)
                .register(new BasicAuthentication(config.getValue("payment.client.user", String.class),
                        config.getValue("payment.client.password", String.class)))
                .build(PaymentRestClient.class);
        String remoteTarget = String.join(",", gateway.providerStates().keySet());

        List<Measurement> results = new ArrayList<>();
        results.add(measure("local call", "this JVM", r -> localPayment.pay(r), calls, callers, warmup));
        results.add(measure("remote EJB (RMI-IIOP)", remoteTarget, gateway::pay, calls, callers, warmup));
        results.add(measure("REST (MP Rest Client)", restUrl.toString(),
                r -> rest.pay(new PaymentJson.Request(r.orderId(), r.customerEmail(), r.amount())), calls, callers, warmup));
        return results;
    }

    private Measurement measure(String variant, String target, Consumer<PaymentRequest> pay, int calls, int callers,
                                int warmup) throws Exception {
        for (int i = 0; i < warmup; i++) {
            pay.accept(newRequest());
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            PaymentRequest request = newRequest();
            long started = System.nanoTime();
            pay.accept(request);
            nanos[i] = System.nanoTime() - started;
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);

        ExecutorService pool = Executors.newFixedThreadPool(callers, threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < callers; c++) {
                int share = calls / callers + (c < calls % callers ? 1 : 0);
                running.add(pool.submit(() -> {
                    for (int i = 0; i < share; i++) {
                        pay.accept(newRequest());
                    }
                }));
            }
            for (Future<?> caller : running) {
                caller.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Measurement(variant, target, calls, Measurement.percentileMillis(sorted, 0.50),
                    Measurement.percentileMillis(sorted, 0.99), Measurement.meanMillis(nanos), callers, calls / seconds);
        } finally {
            pool.shutdownNow();
        }
    }

    private static PaymentRequest newRequest() {
        return new PaymentRequest(UUID.randomUUID().toString(), "bench@example.com", new BigDecimal("9.50"));
    }
}
