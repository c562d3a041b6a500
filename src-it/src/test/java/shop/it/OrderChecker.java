package shop.it;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Counts every order, in the manner of Jepsen: it places a stream of uniquely identified orders over HTTP, records
 * each answer, lets a test inject a fault in the middle of the stream, waits for the system to settle, and then reads
 * back what was effected, from the databases and the broker: orders, charges, reservations, notifications, audit
 * rows, dead letters. An acknowledged order (201, 202, or 200 for a replay) must exist and reach an end state; no
 * order may be charged twice, no charge may outlive its order, nothing may be effected for an order that does not
 * exist, and no event may be handled twice.
 */
final class OrderChecker {

    static final Set<String> END_STATES = Set.of("SHIPPED", "BACKORDERED", "CANCELLED", "PAYMENT_DECLINED");
    /** The queues and subscriptions the order flow goes through; settled, they hold nothing but scheduled messages. */
    private static final List<String> FLOW_QUEUES = List.of("shop.ship-orders", "shop.pay-orders", "shop.cancel-orders",
            "notification", "order-status", "inventory");
    private static final List<String> DEAD_LETTER_QUEUES = List.of("DLQ.shop.ship-orders", "DLQ.shop.order-events",
            "DLQ.shop.pay-orders", "DLQ.shop.cancel-orders");

    /** One order request and its answer; {@code status} -1: none came (refused, reset or timed out). */
    /** @param startedNanos when it was sent, on {@link System#nanoTime()}'s scale; {@code millis} how long it took */
    record Attempt(int number, String key, String orderId, boolean async, int status, String retryAfter, String body,
                   long startedNanos, long millis) {

        boolean acknowledged() {
            return status == 201 || status == 202 || status == 200;
        }
    }

    /** What the checker found, each list naming the orders concerned. */
    record Report(String run, int attempted, Map<Integer, Long> answers, int acknowledged, int found, int inEndState,
                  List<String> lost, List<String> notInEndState, List<String> chargedTwice,
                  List<String> chargedWithoutOrder, List<String> effectsWithoutOrder, List<String> handledTwice,
                  List<String> deadLetters, List<String> preparedAtBroker) {

        /** Fails the test, with the whole report, on any loss or double effect, or a transaction left prepared. */
        void assertNothingLostOrDoubled() {
            assertEquals("lost 0, not in end state 0, charged twice 0, charged without order 0, effects without order 0,"
                            + " handled twice 0, dead letters 0, prepared at the broker 0",
                    "lost " + lost.size() + ", not in end state " + notInEndState.size() + ", charged twice " + chargedTwice.size()
                            + ", charged without order " + chargedWithoutOrder.size() + ", effects without order "
                            + effectsWithoutOrder.size() + ", handled twice " + handledTwice.size() + ", dead letters "
                            + deadLetters.size() + ", prepared at the broker " + preparedAtBroker.size(), toString());
        }

        @Override
        public String toString() {
            return "checker run " + run + ": attempted " + attempted + " " + answers + ", acknowledged " + acknowledged
                    + ", found " + found + ", in end state " + inEndState + "; lost " + lost + ", not in end state "
                    + notInEndState + ", charged twice " + chargedTwice + ", charged without order " + chargedWithoutOrder
                    + ", effects without order " + effectsWithoutOrder + ", handled twice " + handledTwice
                    + ", dead letters " + deadLetters + ", prepared at the broker " + preparedAtBroker;
        }
    }

    /** Something the test does to the system in the middle of the stream: kill a process, cut a wire. */
    @FunctionalInterface
    interface Fault {
        void inject() throws Exception;
    }

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private Duration pause = Duration.ZERO;

    /** Each client waits this long after each answer: a stream that lasts, e.g. through an outage. */
    OrderChecker paced(Duration pauseAfterEachAnswer) {
        this.pause = pauseAfterEachAnswer;
        return this;
    }

    /** Each customer of this run has an address {@code chk-<run>-<n>@example.com}. */
    String emailPattern() {
        return "chk-" + run + "-%";
    }

    /**
     * Places {@code count} orders from {@code clients} threads at once, every {@code asyncEvery}-th one with
     * {@code Prefer: respond-async} (0: none), each with an Idempotency-Key of its own and sent once. When
     * {@code faultAfter} answers are in, {@code fault} runs beside the stream; returns when both are done.
     */
    List<Attempt> place(int count, int clients, int asyncEvery, int faultAfter, Fault fault) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger answered = new AtomicInteger();
        CompletableFuture<Void> faultDone = new CompletableFuture<>();
        try {
            List<Future<Attempt>> pending = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int number = i;
                pending.add(pool.submit(() -> {
                    Attempt attempt = attempt(number, asyncEvery > 0 && number % asyncEvery == asyncEvery - 1);
                    Thread.sleep(pause.toMillis());
                    if (answered.incrementAndGet() == faultAfter) {
                        new Thread(() -> {
                            try {
                                fault.inject();
                                faultDone.complete(null);
                            } catch (Throwable t) {
                                faultDone.completeExceptionally(t);
                            }
                        }, "fault").start();
                    }
                    return attempt;
                }));
            }
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> attempt : pending) {
                attempts.add(attempt.get(10, TimeUnit.MINUTES));
            }
            if (faultAfter <= count) {
                faultDone.get(10, TimeUnit.MINUTES);
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends the orders of these attempts once more, each with its Idempotency-Key, one after another. */
    List<Attempt> resend(List<Attempt> attempts) {
        return attempts.stream().map(a -> attempt(a.number(), a.async())).toList();
    }

    private Attempt attempt(int number, boolean async) {
        String key = "chk-" + run + "-" + number;
        long started = System.nanoTime();
        String json = ShopHttp.orderJson(key + "@example.com", number % 2 == 0 ? "BOOK-1" : "MUG-1", 1);
        List<String> headers = new ArrayList<>(List.of("Idempotency-Key", key));
        if (async) {
            headers.addAll(List.of("Prefer", "respond-async"));
        }
        try {
            ShopHttp.Reply reply = ShopHttp.post("/api/orders", "application/json", json, headers.toArray(String[]::new));
            return new Attempt(number, key, orderIdFor(key), async, reply.status(), reply.retryAfter(), reply.body(),
                    started, millisSince(started));
        } catch (UncheckedIOException noAnswer) {
            return new Attempt(number, key, orderIdFor(key), async, -1, null, String.valueOf(noAnswer.getCause()),
                    started, millisSince(started));
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }

    /** The order id the shop derives from an Idempotency-Key, so that unanswered requests can be looked for too. */
    static String orderIdFor(String key) {
        return UUID.nameUUIDFromBytes(("shop-order:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /**
     * Waits up to {@code settle} for every order of the run that exists to reach an end state and for the flow's
     * queues to drain (the last events reach their subscribers), then reads everything back and reports.
     */
    Report check(List<Attempt> attempts, Duration settle) throws Exception {
        Eventually.await("every order of run " + run + " in an end state", settle, this::orders,
                orders -> orders.values().stream().allMatch(END_STATES::contains));
        Eventually.await("the order flow's queues drained", settle, OrderChecker::messagesInFlow, n -> n == 0);
        Map<String, String> orders = orders();
        Set<String> acknowledged = attempts.stream().filter(Attempt::acknowledged).map(Attempt::orderId)
                .collect(Collectors.toCollection(HashSet::new));
        Map<String, String> charges = new HashMap<>();
        List<String> chargedTwice = new ArrayList<>();
        for (List<String> row : ShopDatabase.PAYMENTS.rows("select orderid, status from payment where customeremail like ?", emailPattern())) {
            if (charges.put(row.get(0), row.get(1)) != null) {
                chargedTwice.add(row.get(0));
            }
        }
        List<String> chargedWithoutOrder = charges.entrySet().stream()
                .filter(charge -> charge.getValue().equals("APPROVED"))
                .filter(charge -> !orders.containsKey(charge.getKey()) || Set.of("CANCELLED", "PAYMENT_DECLINED").contains(orders.get(charge.getKey())))
                .map(charge -> charge.getKey() + " (" + orders.getOrDefault(charge.getKey(), "no order") + ")").sorted().toList();

        Set<String> runOrderIds = attempts.stream().map(Attempt::orderId).collect(Collectors.toSet());
        List<String> effectsWithoutOrder = new ArrayList<>();
        List<String> handledTwice = new ArrayList<>();
        for (List<String> row : ShopDatabase.ORDERS.rows("select orderid from reservation")) {
            if (runOrderIds.contains(row.get(0)) && !orders.containsKey(row.get(0))) {
                effectsWithoutOrder.add("reservation of " + row.get(0));
            }
        }
        for (List<String> row : ShopDatabase.ORDERS.rows("select orderid, eventtype, count(*) from notification"
                + " where recipient like ? group by orderid, eventtype", emailPattern())) {
            if (!orders.containsKey(row.get(0))) {
                effectsWithoutOrder.add(row.get(1) + " notification of " + row.get(0));
            }
            if (Integer.parseInt(row.get(2)) > 1) {
                handledTwice.add(row.get(1) + " notification of " + row.get(0) + " x" + row.get(2));
            }
        }
        if (ShopDatabase.ORDERS.hasTable("audited_event")) {
            for (List<String> row : ShopDatabase.ORDERS.rows("select orderid, eventtype, count(*) from audited_event"
                    + " group by orderid, eventtype")) {
                if (runOrderIds.contains(row.get(0)) && !orders.containsKey(row.get(0))) {
                    effectsWithoutOrder.add(row.get(1) + " audit of " + row.get(0));
                }
                if (runOrderIds.contains(row.get(0)) && Integer.parseInt(row.get(2)) > 1) {
                    handledTwice.add(row.get(1) + " audit of " + row.get(0) + " x" + row.get(2));
                }
            }
        }
        Map<Integer, Long> answers = attempts.stream().collect(Collectors.groupingBy(Attempt::status, TreeMap::new, Collectors.counting()));
        List<String> lost = acknowledged.stream().filter(id -> !orders.containsKey(id)).sorted().toList();
        List<String> notInEndState = orders.entrySet().stream().filter(o -> !END_STATES.contains(o.getValue()))
                .map(o -> o.getKey() + " " + o.getValue()).sorted().toList();
        int found = (int) acknowledged.stream().filter(orders::containsKey).count();
        int inEndState = (int) acknowledged.stream().filter(id -> END_STATES.contains(orders.get(id))).count();
        Collections.sort(effectsWithoutOrder);
        return new Report(run, attempts.size(), answers, acknowledged.size(), found, inEndState, lost, notInEndState,
                chargedTwice, chargedWithoutOrder, effectsWithoutOrder, handledTwice, deadLetters(runOrderIds),
                preparedAtBrokerOnceSettled());
    }

    /**
     * The prepared transactions still there after up to 150 s: Payara's transaction manager retries a commit that
     * the broker's death interrupted after 60 s, and the order node's PreparedTransactionSweeper rolls back what
     * stayed prepared for 75 s.
     */
    private static List<String> preparedAtBrokerOnceSettled() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(150);
        List<String> prepared = preparedAtBroker();
        while (!prepared.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5000);
            prepared = preparedAtBroker();
        }
        return prepared;
    }

    /** The run's orders as the order node's database has them: id to status. */
    Map<String, String> orders() {
        return ShopDatabase.ORDERS.rows("select id, status from shop_order where customeremail like ?", emailPattern())
                .stream().collect(Collectors.toMap(row -> row.get(0), row -> row.get(1)));
    }

    /** Messages waiting or being delivered in the flow's queues, not counting those scheduled for later. */
    private static long messagesInFlow() {
        try (BrokerManagement broker = new BrokerManagement()) {
            long messages = 0;
            for (String queue : FLOW_QUEUES) {
                messages += broker.count("queue." + queue, "messageCount") - broker.count("queue." + queue, "scheduledCount");
            }
            return messages;
        } catch (jakarta.jms.JMSException e) {
            throw new AssertionError("cannot read the broker's queues", e);
        }
    }

    /** XA transactions the broker holds prepared, waiting for a transaction manager to decide them. */
    private static List<String> preparedAtBroker() throws Exception {
        try (BrokerManagement broker = new BrokerManagement()) {
            return Arrays.stream((Object[]) broker.invoke("broker", "listPreparedTransactions")).map(String::valueOf).toList();
        }
    }

    private static List<String> deadLetters(Set<String> orderIds) throws JMSException {
        List<String> found = new ArrayList<>();
        for (String queue : DEAD_LETTER_QUEUES) {
            for (Message message : Broker.browse(queue, null)) {
                String body = message instanceof TextMessage text ? text.getText() : "";
                String type = message.getStringProperty("type");
                orderIds.stream().filter(body::contains).forEach(id -> found.add(queue + ": " + type + " of " + id));
            }
        }
        return found;
    }
}
