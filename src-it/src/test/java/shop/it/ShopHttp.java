package shop.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shop's HTTP API as a client sees it. */
final class ShopHttp {

    /** @param retryAfter the Retry-After header, or null */
    record Reply(int status, String contentType, String location, String retryAfter, String body) {

        JsonObject json() {
            return (JsonObject) parse(body);
        }
    }

    // HTTP/1.1: the JDK client's default, HTTP/2 by cleartext upgrade, once left concurrent first POSTs without their
    // bodies on Payara (the server timed out reading them)
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BASE = System.getProperty("shop.http.url");

    /** @param headers more request headers, as name, value, name, value, ... */
    static Reply post(String path, String contentType, String body, String... headers) {
        return post(URI.create(BASE + path), contentType, body, headers);
    }

    /** The same, to another node than the order node. */
    static Reply post(URI uri, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * Sends {@code count} requests from 8 threads at once ({@code request} gets the request's number) and checks that
     * each was answered 201; returns the replies in request order.
     */
    static List<Reply> createdConcurrently(int count, IntFunction<Reply> request) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Reply>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = i;
                pending.add(clients.submit(() -> request.apply(number)));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> reply : pending) {
                assertEquals(201, reply.get().status(), reply.get().body());
                replies.add(reply.get());
            }
            return replies;
        } finally {
            clients.shutdownNow();
        }
    }

    /** POST {@code path} (/api/customers, or the benchmark's registration) with a registration body. */
    static Reply register(String path, String email, String name) {
        return post(path, "application/json", "{\"email\":\"" + email + "\",\"name\":\"" + name + "\"}");
    }

    static Reply register(String email, String name) {
        return register("/api/customers", email, name);
    }

    static Reply placeOrder(String json) {
        return post("/api/orders", "application/json", json);
    }

    static Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    static JsonObject order(String id) {
        Reply reply = get("/api/orders/" + id);
        if (reply.status() != 200) {
            throw new AssertionError("GET order " + id + ": " + reply);
        }
        return reply.json();
    }

    static long orderCount() {
        return get("/api/orders").json().getJsonNumber("total").longValue();
    }

    static int available(String sku) {
        return stock(sku).available();
    }

    /** A product's stock: units available to new orders, and units reserved (shipped or held for a backorder). */
    record Stock(int available, int reserved) {
    }

    static Stock stock(String sku) {
        JsonObject level = get("/api/inventory/" + sku).json();
        return new Stock(level.getInt("available"), level.getInt("reserved"));
    }

    /** An order of two lines, one from each SKU, one unit each. */
    static String orderJson(String email, String sku, String otherSku) {
        return Json.createObjectBuilder().add("customerEmail", email)
                .add("items", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("sku", sku).add("quantity", 1))
                        .add(Json.createObjectBuilder().add("sku", otherSku).add("quantity", 1)))
                .build().toString();
    }

    static String orderJson(String email, String sku, int quantity) {
        return Json.createObjectBuilder().add("customerEmail", email)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("sku", sku).add("quantity", quantity)))
                .build().toString();
    }

    static JsonStructure parse(String json) {
        return Json.createReader(new StringReader(json)).read();
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Location").orElse(null),
                    response.headers().firstValue("Retry-After").orElse(null), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private ShopHttp() {
    }
}
