package shop.order.benchmark;

import java.util.Arrays;

/** Latency percentiles of sequential calls and the throughput of concurrent ones, for one way of calling. */
public record Measurement(String variant, String target, int calls, double p50Ms, double p99Ms, double meanMs,
                          int callers, double callsPerSecond) {

    static double percentileMillis(long[] sortedNanos, double percentile) {
        int index = (int) Math.ceil(percentile * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(index, sortedNanos.length - 1))] / 1_000_000.0;
    }

    static double meanMillis(long[] nanos) {
        return Arrays.stream(nanos).average().orElse(0) / 1_000_000.0;
    }
}
