package shop.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Input that used to hold a request thread for good, or to be half-accepted: refused at once, nothing kept. */
class MalformedInputIT extends DeployedShop {

    private static final Path ORDER_NODE_PID = Path.of(System.getProperty("shop.home"), "domains", "shop", "config", "pid");

    /** Truncated and broken JSON of many shapes; unknown fields holding arrays and objects among them. */
    private static final List<String> MALFORMED = List.of(
            "{\"customerEmail\":\"a@b.c\",\"x\":[1", "{\"customerEmail\":\"a@b.c\",\"x\":[", "{\"x\":[[[[",
            "{\"x\":[1,[2,[3", "{\"x\":{", "{\"x\":{\"y\":", "{\"x\":{\"y\":[1,{", "{\"x\":{\"y\":{\"z\":[",
            "{\"items\":[{\"sku\":\"BOOK-1\"", "{\"items\":[{\"sku\":\"BOOK-1\",\"quantity\":1}", "{\"items\":[",
            "{\"email\":\"a@b.c\",\"x\":[1", "{\"email\":\"a@b.c\",\"name\":{\"first\":[", "{", "[", "[{", "{\"",
            "{\"x\"", "{\"x\":", "{\"x\":tru", "{\"x\":nul", "{\"x\":1e", "{\"x\":-", "{\"x\":\"abc", "{\"x\":\"\\u12",
            "{\"x\":[1,2,]", "{\"x\":{\"y\":}}", "{\"x\":[}", "{\"x\":{]", "{]", "}", "]", "{\"x\":[1]]}", "{} {}",
            "{\"x\":[" + "[".repeat(500), "{\"x\":" + "{\"y\":".repeat(300));

    @Test
    void shouldAnswerEveryMalformedBodyAt400WithoutHoldingAThread() throws Exception {
        assertTrue(MALFORMED.size() >= 30);
        long ordersBefore = ShopHttp.orderCount();
        ExecutorService clients = Executors.newFixedThreadPool(16);
        List<Future<String>> answers = new ArrayList<>();
        try {
            for (int round = 0; round < 20; round++) {
                for (String body : MALFORMED) {
                    for (String path : List.of("/api/orders", "/api/customers")) {
                        answers.add(clients.submit(() -> {
                            ShopHttp.Reply reply = ShopHttp.post(path, "application/json", body);
                            return reply.status() == 400 && "application/problem+json".equals(reply.contentType())
                                    && reply.json().getJsonArray("violations").getJsonObject(0).getString("field").equals("body")
                                    ? null : path + " " + body + " -> " + reply.status() + " " + reply.body();
                        }));
                    }
                }
            }
            for (Future<String> answer : answers) {
                String wrong = answer.get(60, TimeUnit.SECONDS);
                assertEquals(null, wrong);
            }
        } finally {
            clients.shutdownNow();
        }
        long started = System.nanoTime();
        ShopHttp.Reply products = ShopHttp.get("/api/products");
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(200, products.status(), products.body());
        assertTrue(millis < 2000, "the catalog answered in " + millis + " ms");
        List<String> requestThreads = requestThreads();
        assertTrue(!requestThreads.isEmpty(), "a thread dump of the order node");
        List<String> parsing = requestThreads.stream().filter(thread -> thread.contains("JsonParserImpl")).toList();
        assertTrue(parsing.isEmpty(), "no request thread is still parsing: " + parsing);
        assertEquals(ordersBefore, ShopHttp.orderCount(), "no order stored");
    }

    @Test
    void shouldRefuseAReusedIdempotencyKeyWithAnotherBody() {
        String key = "reused-" + System.nanoTime();
        String email = "reuse-" + System.nanoTime() + "@example.com";
        ShopHttp.Reply first = ShopHttp.post("/api/orders", "application/json", ShopHttp.orderJson(email, "MUG-1", 1),
                "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        long orders = ShopHttp.orderCount();

        ShopHttp.Reply other = ShopHttp.post("/api/orders", "application/json", ShopHttp.orderJson(email, "MUG-1", 2),
                "Idempotency-Key", key);
        ShopHttp.Reply same = ShopHttp.post("/api/orders", "application/json", ShopHttp.orderJson(email, "MUG-1", 1),
                "Idempotency-Key", key);

        assertEquals(422, other.status(), other.body());
        assertEquals("application/problem+json", other.contentType());
        assertEquals("Idempotency-Key", other.json().getString("field"));
        assertEquals(first.json().getString("id"), other.json().getString("orderId"));
        assertEquals(200, same.status(), "the first body again is a replay: " + same.body());
        assertEquals(orders, ShopHttp.orderCount(), "no order stored");
        JsonObject order = ShopHttp.order(first.json().getString("id"));
        assertEquals(1, order.getJsonArray("items").getJsonObject(0).getInt("quantity"), "the first order is unchanged");
    }

    /** Not {@code /api/orders/%ZZ}: Payara's container fails to decode it before the application sees it (README). */
    @Test
    void shouldAnswerProblemJsonForUnknownRoutesDotSegmentsAndWrongMethods() throws Exception {
        for (String path : List.of("/api/no-such-thing", "/api/orders/../x", "/api/orders/%2e%2e/x")) {
            RawReply reply = rawGet(path);
            assertEquals(404, reply.status(), path + " -> " + reply);
            assertEquals("application/problem+json", reply.contentType(), path + " -> " + reply);
            assertEquals(reply.status(), ShopHttp.parse(reply.body()).asJsonObject().getInt("status"), path);
        }
        ShopHttp.Reply notAllowed = ShopHttp.post("/api/products", "application/json", "{}");
        assertEquals(405, notAllowed.status(), notAllowed.body());
        assertEquals("application/problem+json", notAllowed.contentType());
    }

    /** The order node's HTTP request threads, each as its part of a thread dump. */
    private static List<String> requestThreads() throws Exception {
        long pid = ShopProcesses.required(ORDER_NODE_PID, "the order node").pid();
        Process jcmd = new ProcessBuilder("jcmd", Long.toString(pid), "Thread.print").redirectErrorStream(true).start();
        String dump = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, jcmd.waitFor(), dump);
        return Arrays.stream(dump.split("\n\n")).filter(thread -> thread.startsWith("\"http-thread-pool")).toList();
    }

    record RawReply(int status, String contentType, String body) {
    }

    /** A GET sent as written: java.net.http would send a normalised or refused path instead. */
    private static RawReply rawGet(String path) throws Exception {
        URI base = URI.create(System.getProperty("shop.http.url"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAccept: */*\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = response.indexOf("\r\n\r\n");
            String[] headers = response.substring(0, headersEnd).split("\r\n");
            String contentType = Arrays.stream(headers).filter(h -> h.toLowerCase(Locale.ROOT).startsWith("content-type:"))
                    .map(h -> h.substring("content-type:".length()).trim().split(";")[0]).findFirst().orElse(null);
            String body = response.substring(headersEnd + 4);
            boolean chunked = Arrays.stream(headers).anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("transfer-encoding: chunked"));
            return new RawReply(Integer.parseInt(headers[0].split(" ")[1]), contentType, chunked ? unchunked(body) : body);
        }
    }

    private static String unchunked(String body) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = body.indexOf("\r\n", at);
            int size = Integer.parseInt(body.substring(at, lineEnd).trim(), 16);
            if (size == 0) {
                return out.toString();
            }
            out.append(body, lineEnd + 2, lineEnd + 2 + size);
            at = lineEnd + 2 + size + 2;
        }
    }
}
