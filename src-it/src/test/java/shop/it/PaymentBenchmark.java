package shop.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * RPC vs HTTP: runs the order node's benchmark (local call, remote EJB over IIOP, REST via MP Rest Client, all against
 * the same payment bean) and prints the figures side by side. A benchmark, not a test: it asserts only that it ran.
 * Run with {@code mvn -Pbench verify} (see the bench profile in src-it/pom.xml); -Dbench.calls and -Dbench.callers
 * change the load.
 */
class PaymentBenchmark extends DeployedShop {

    @Test
    void printRemoteEjbVersusRestVersusLocalCall() throws Exception {
        String calls = System.getProperty("bench.calls", "1000");
        String callers = System.getProperty("bench.callers", "32");
        URI benchmark = URI.create(System.getProperty("shop.http.url") + "/api/benchmark/payment?calls=" + calls
                + "&callers=" + callers + "&warmup=" + System.getProperty("bench.warmup", "300"));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(benchmark).timeout(Duration.ofMinutes(15)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());

        JsonArray results = (JsonArray) ShopHttp.parse(response.body());
        StringBuilder table = new StringBuilder("\nPayment: " + calls + " sequential calls (1 caller) for latency, "
                + calls + " calls over " + callers + " callers for throughput\n");
        table.append(String.format("%-24s %10s %10s %10s %14s   %s%n", "variant", "p50 ms", "p99 ms", "mean ms", "calls/s", "target"));
        for (JsonObject r : results.getValuesAs(JsonObject.class)) {
            table.append(String.format("%-24s %10.3f %10.3f %10.3f %14.1f   %s%n", r.getString("variant"),
                    r.getJsonNumber("p50Ms").doubleValue(), r.getJsonNumber("p99Ms").doubleValue(),
                    r.getJsonNumber("meanMs").doubleValue(), r.getJsonNumber("callsPerSecond").doubleValue(),
                    r.getString("target")));
        }
        System.out.println(table);
    }
}
