package shop.it;

import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import shop.messaging.JsonMessages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Publish/subscribe fan-out on the shop's broker: one producer publishes persistent 1 KiB JSON events (with the type,
 * version and group properties of the shop's events) to a topic with two durable subscriptions, for a fixed time;
 * then Artemis's own {@code artemis perf client} does the same on the same broker in the same run. Prints events/s
 * published and delivered and the end-to-end latency of both, side by side. A benchmark, not a test: it asserts only
 * that every published event reached both subscriptions. {@code mvn -Pbench verify}; -Dbench.seconds sets the time.
 */
class FanOutBenchmark {

    private static final int SUBSCRIPTIONS = 2;
    private static final String PAYLOAD = "x".repeat(1024 - 200);

    @Test
    void printFanOutToTwoDurableSubscriptionsBesideArtemisPerf() throws Exception {
        int seconds = Integer.getInteger("bench.seconds", 20);
        int warmup = Integer.getInteger("bench.warmup.seconds", 5);
        Result shop = runShopClient("bench.fanout", warmup, seconds);
        Result perf = runArtemisPerf("bench.perf", warmup, seconds);

        System.out.printf("%nFan-out: 1 producer, persistent ~1 KiB messages, %d durable subscriptions, %d s after %d s warm-up, broker %s%n",
                SUBSCRIPTIONS, seconds, warmup, System.getProperty("shop.broker.url"));
        System.out.printf("%-34s %12s %12s %12s %12s%n", "client", "published/s", "delivered/s", "e2e p50 ms", "e2e p99 ms");
        for (Result r : List.of(shop, perf)) {
            System.out.printf("%-34s %12.1f %12.1f %12.3f %12.3f%n", r.name(), r.published() / (double) seconds,
                    r.delivered() / (double) seconds, r.p50Millis(), r.p99Millis());
        }
        System.out.printf("%-34s %12.2f %12.2f%n%n", "ratio shop / artemis perf", shop.published() / (double) perf.published(),
                shop.delivered() / (double) perf.delivered());
    }

    /** The shop's way: JMS 2.0 client, JSON text with type/version/group properties, shared durable subscriptions. */
    private static Result runShopClient(String address, int warmupSeconds, int seconds) throws Exception {
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(System.getProperty("shop.broker.url"), ShopCredentials.OPERATOR, ShopCredentials.password(ShopCredentials.OPERATOR));
        List<Subscriber> subscribers = new ArrayList<>();
        try (JMSContext publishing = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            Topic topic = publishing.createTopic(address);
            for (int i = 1; i <= SUBSCRIPTIONS; i++) {
                subscribers.add(new Subscriber(factory.createContext(JMSContext.AUTO_ACKNOWLEDGE), topic, address + "-sub-" + i));
            }
            subscribers.forEach(Thread::start);
            JMSProducer producer = publishing.createProducer(); // persistent, each send confirmed by the broker
            long warmupEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(warmupSeconds);
            long end = warmupEnd + TimeUnit.SECONDS.toNanos(seconds);
            long published = 0;
            long measured = 0;
            for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                boolean counted = now >= warmupEnd;
                TextMessage event = publishing.createTextMessage("{\"messageId\":\"" + published + "\",\"payload\":\"" + PAYLOAD + "\"}");
                event.setStringProperty(JsonMessages.TYPE, "BenchEvent");
                event.setIntProperty(JsonMessages.VERSION, 1);
                event.setStringProperty(JsonMessages.GROUP_ID, "order-" + (published % 64));
                event.setLongProperty("sentAtNanos", System.nanoTime());
                event.setBooleanProperty("measured", counted);
                producer.send(topic, event);
                published++;
                if (counted) {
                    measured++;
                }
            }
            for (Subscriber subscriber : subscribers) {
                subscriber.awaitAll(published);
            }
            long delivered = subscribers.stream().mapToLong(s -> s.measured.get()).sum();
            assertEquals(measured * SUBSCRIPTIONS, delivered, "every published event reached every subscription");
            long[] latencies = subscribers.stream().flatMapToLong(s -> s.latencies.stream().mapToLong(Long::longValue)).sorted().toArray();
            return new Result("shop JMS client (JSON events)", measured, delivered,
                    percentile(latencies, 0.50) / 1e6, percentile(latencies, 0.99) / 1e6);
        } finally {
            subscribers.forEach(Subscriber::close);
        }
    }

    /** Artemis's own load generator against the same broker: the same shape of load, in CORE with its byte messages. */
    private static Result runArtemisPerf(String address, int warmupSeconds, int seconds) throws Exception {
        Process perf = new ProcessBuilder(System.getProperty("shop.artemis.cli"), "perf", "client",
                "--url", System.getProperty("shop.broker.url"), "--user", ShopCredentials.OPERATOR, "--password", ShopCredentials.password(ShopCredentials.OPERATOR),
                "--persistent", "--durable", "--clientID", "bench-perf-" + System.currentTimeMillis(),
                "--consumers", String.valueOf(SUBSCRIPTIONS), "--message-size", "1024",
                "--warmup", String.valueOf(warmupSeconds), "--duration", String.valueOf(seconds),
                "topic://" + address).redirectErrorStream(true).start();
        String output = new String(perf.getInputStream().readAllBytes());
        assertTrue(perf.waitFor(seconds + warmupSeconds + 120L, TimeUnit.SECONDS), "artemis perf did not end");
        String summary = output.substring(Math.max(0, output.indexOf("--- SUMMARY")));
        assertTrue(summary.contains("result:              success"), output);
        long sent = number(summary, "total sent:\\s+(\\d+)");
        long received = number(summary, "total received:\\s+(\\d+)");
        Matcher transfer = Pattern.compile("aggregated transfer time:.*?50\\.00%:\\s+([\\d.]+) us.*?99\\.00%:\\s+([\\d.]+) us").matcher(summary);
        assertTrue(transfer.find(), summary);
        return new Result("artemis perf client", sent, received,
                Double.parseDouble(transfer.group(1)) / 1000, Double.parseDouble(transfer.group(2)) / 1000);
    }

    private static long number(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex + " in " + text);
        return Long.parseLong(m.group(1));
    }

    private static double percentile(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private record Result(String name, long published, long delivered, double p50Millis, double p99Millis) {
    }

    /** One durable subscription (a shared one, as the shop's subscribers use) drained by one consumer thread. */
    private static final class Subscriber extends Thread {
        final JMSContext context;
        final JMSConsumer consumer;
        final AtomicLong received = new AtomicLong();
        final AtomicLong measured = new AtomicLong();
        final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        private volatile boolean closing;

        Subscriber(JMSContext context, Topic topic, String subscription) {
            super(subscription);
            this.context = context;
            this.consumer = context.createSharedDurableConsumer(topic, subscription);
        }

        @Override
        public void run() {
            while (!closing) {
                Message message = consumer.receive(200);
                if (message == null) {
                    continue;
                }
                try {
                    if (message.getBooleanProperty("measured")) {
                        latencies.add(System.nanoTime() - message.getLongProperty("sentAtNanos"));
                        measured.incrementAndGet();
                    }
                } catch (jakarta.jms.JMSException e) {
                    throw new IllegalStateException(e);
                }
                received.incrementAndGet();
            }
        }

        void awaitAll(long published) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (received.get() < published && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }

        void close() {
            closing = true;
            try {
                join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try {
                consumer.close();
                context.unsubscribe(getName());
            } catch (RuntimeException ignored) {
                // the benchmark's figures are printed; a subscription left behind is harmless
            }
            context.close();
        }
    }
}
