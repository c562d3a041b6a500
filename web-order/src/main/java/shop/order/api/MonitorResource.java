package shop.order.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;
import shop.order.payment.PaymentGateway;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The monitor center's data (Dubbo's "monitor"): per payment provider and method, calls, errors and call times, taken
 * from the same MicroProfile Metrics that /metrics exports. Shown live by /monitor.html.
 */
@Path("/monitor/payment")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MonitorResource {

    public record MethodStats(String provider, String method, String state, long calls, long errors, double meanMs,
                              double p50Ms, double p99Ms, double maxMs) {
    }

    public record PaymentMonitor(long registryLookups, List<MethodStats> methods) {
    }

    @Inject
    MetricRegistry metrics;

    @Inject
    PaymentGateway gateway;

    @GET
    public PaymentMonitor payment() {
        Map<String, String> states = gateway.providerStates();
        List<MethodStats> rows = new ArrayList<>();
        for (Map.Entry<MetricID, Timer> entry : metrics.getTimers((id, metric) -> id.getName().equals("payment_calls")).entrySet()) {
            Map<String, String> tags = entry.getKey().getTags();
            Snapshot times = entry.getValue().getSnapshot();
            rows.add(new MethodStats(tags.get("provider"), tags.get("method"), states.getOrDefault(tags.get("provider"), "REMOVED"),
                    entry.getValue().getCount(), errors(tags), millis(times.getMean()), millis(percentile(times, 0.5)),
                    millis(percentile(times, 0.99)), millis(times.getMax())));
        }
        // providers that failed every call so far have errors but no timer yet
        for (Map.Entry<MetricID, Counter> entry : metrics.getCounters((id, metric) -> id.getName().equals("payment_call_errors")).entrySet()) {
            Map<String, String> tags = entry.getKey().getTags();
            boolean listed = rows.stream().anyMatch(r -> r.provider().equals(tags.get("provider")) && r.method().equals(tags.get("method")));
            if (!listed) {
                rows.add(new MethodStats(tags.get("provider"), tags.get("method"), states.getOrDefault(tags.get("provider"), "REMOVED"),
                        0, entry.getValue().getCount(), 0, 0, 0, 0));
            }
        }
        rows.sort(Comparator.comparing(MethodStats::provider).thenComparing(MethodStats::method));
        Counter lookups = metrics.getCounters((id, metric) -> id.getName().equals("payment_registry_lookups"))
                .values().stream().findFirst().orElse(null);
        return new PaymentMonitor(lookups == null ? 0 : lookups.getCount(), rows);
    }

    private long errors(Map<String, String> tags) {
        return metrics.getCounters((id, metric) -> id.getName().equals("payment_call_errors") && id.getTags().equals(tags))
                .values().stream().mapToLong(Counter::getCount).sum();
    }

    private static double percentile(Snapshot snapshot, double percentile) {
        for (Snapshot.PercentileValue value : snapshot.percentileValues()) {
            if (Math.abs(value.getPercentile() - percentile) < 1e-9) {
                return value.getValue();
            }
        }
        return 0;
    }

    /** Snapshot values of a timer are nanoseconds. */
    private static double millis(double nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
