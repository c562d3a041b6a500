package shop.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order audit, a durable shared subscription served by worker nodes on Payara Micro: one consumer group. Each
 * event is recorded once in the group however the nodes come and go, and the events of one order are handled in the
 * order they were published (message groups keyed by order id). Runs on the PostgreSQL stack, whose database the
 * workers share.
 */
@Tag("multi-node")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsumerGroupIT extends DeployedShop {

    /** Every order here is for a book in stock: placed, paid, shipped. */
    private static final List<String> LIFE_CYCLE = List.of("OrderPlaced", "OrderPaid", "OrderShipped");

    private static final WorkerNodes WORKERS = new WorkerNodes();
    private static final List<String> running = new ArrayList<>();

    @AfterAll
    static void stopWorkers() {
        WORKERS.killAll();
    }

    @Test
    @Order(1)
    void shouldSplitInterleavedOrdersBetweenTwoWorkersAndHandleEachOrdersEventsOnceAndInOrder() throws Exception {
        running.add(WORKERS.add());
        running.add(WORKERS.add());

        List<String> orders = placeOrdersConcurrently(24);

        Map<String, List<Audited>> audited = awaitAudited(orders);
        assertOnceAndInOrder(audited);
        Set<String> nodes = new HashSet<>();
        audited.values().forEach(events -> events.forEach(e -> nodes.add(e.node())));
        assertEquals(new HashSet<>(running), nodes, "both workers of the group took a share");
        awaitSettled(orders);
    }

    @Test
    @Order(2)
    void shouldLetTheOtherWorkerTakeOverTheGroupsShareWhenOneDies() throws Exception {
        List<String> before = placeOrdersConcurrently(8);
        assertOnceAndInOrder(awaitAudited(before));
        // Kill it when it holds no transaction: a node killed between the two phases of an XA commit leaves that
        // message in doubt at the broker until the node's transaction log recovers it (README, "Worker nodes").
        awaitSettled(before);
        String victim = running.remove(0);
        WORKERS.kill(victim);

        List<String> after = placeOrdersConcurrently(8);

        Map<String, List<Audited>> audited = awaitAudited(after);
        assertOnceAndInOrder(audited);
        String survivor = running.get(0);
        audited.values().forEach(events -> events.forEach(e -> assertEquals(survivor, e.node(), "the survivor has every share")));
        awaitSettled(after); // the next test kills the survivor
    }

    /** Shipped, and the customer told three times: no worker has anything of these orders in hand any more. */
    private static void awaitSettled(List<String> orders) {
        for (String order : orders) {
            Eventually.await("order " + order + " shipped and notified", Duration.ofSeconds(60), () -> ShopHttp.order(order),
                    o -> o.getString("status").equals("SHIPPED") && o.getJsonArray("notifications").size() == 3);
        }
    }

    @Test
    @Order(3)
    void shouldDeliverEveryMissedEventInOrderWhenTheGroupComesBack() throws Exception {
        for (String worker : running) {
            WORKERS.kill(worker);
        }
        running.clear();

        List<String> orders = placeOrdersConcurrently(10);
        for (String order : orders) {
            Eventually.await("order " + order + " shipped", Duration.ofSeconds(60),
                    () -> ShopHttp.order(order).getString("status"), "SHIPPED"::equals);
        }
        assertEquals(0, audited(orders).values().stream().mapToInt(List::size).sum(), "no audit while no worker runs");

        running.add(WORKERS.add());

        Map<String, List<Audited>> audited = awaitAudited(orders);
        assertOnceAndInOrder(audited);
        audited.values().forEach(events -> events.forEach(e -> assertEquals(running.get(0), e.node())));
    }

    private static List<String> placeOrdersConcurrently(int count) throws Exception {
        return ShopHttp.createdConcurrently(count, i -> ShopHttp.placeOrder(
                        ShopHttp.orderJson("group-" + UUID.randomUUID() + "@example.com", "BOOK-1", 1)))
                .stream().map(reply -> reply.json().getString("id")).toList();
    }

    private static Map<String, List<Audited>> awaitAudited(List<String> orders) {
        int expected = orders.size() * LIFE_CYCLE.size();
        return Eventually.await(expected + " events of " + orders.size() + " orders audited", Duration.ofSeconds(90),
                () -> audited(orders), a -> a.values().stream().mapToInt(List::size).sum() == expected);
    }

    private static void assertOnceAndInOrder(Map<String, List<Audited>> audited) {
        audited.forEach((order, events) -> {
            assertEquals(LIFE_CYCLE, types(events), "order " + order + ": every event, in the order published");
            events.forEach(e -> assertEquals(0, e.repeats(), "event " + e + " delivered more than once"));
        });
    }

    private static List<String> types(List<Audited> events) {
        return events.stream().map(Audited::type).toList();
    }

    /** What the audit recorded per order, in the order it handled the events. */
    private static Map<String, List<Audited>> audited(List<String> orders) {
        Map<String, List<Audited>> byOrder = new HashMap<>();
        orders.forEach(o -> byOrder.put(o, new ArrayList<>()));
        try (Connection db = DriverManager.getConnection(System.getProperty("shop.db.url"), "postgres", "postgres");
             PreparedStatement query = db.prepareStatement(
                     "select orderid, eventtype, node, repeats, receivedat from audited_event where orderid = any (?) order by receivedat")) {
            query.setArray(1, db.createArrayOf("varchar", orders.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    byOrder.get(rows.getString(1)).add(new Audited(rows.getString(2), rows.getString(3), rows.getInt(4)));
                }
            }
        } catch (SQLException e) {
            if (e.getMessage().contains("audited_event")) {
                return Collections.emptyMap(); // no worker has created the table yet
            }
            throw new AssertionError(e);
        }
        return byOrder;
    }

    private record Audited(String type, String node, int repeats) {
    }
}
