package shop.order.benchmark;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeasurementTest {

    private static final long[] MILLIS_1_TO_100 = LongStream.rangeClosed(1, 100).map(ms -> ms * 1_000_000).toArray();

    @Test
    void shouldTakeTheNearestRankPercentileOfSortedCallTimes() {
        assertEquals(50.0, Measurement.percentileMillis(MILLIS_1_TO_100, 0.50));
        assertEquals(99.0, Measurement.percentileMillis(MILLIS_1_TO_100, 0.99));
        assertEquals(100.0, Measurement.percentileMillis(MILLIS_1_TO_100, 1.0));
    }

    @Test
    void shouldAverageCallTimesInMilliseconds() {
        assertEquals(50.5, Measurement.meanMillis(MILLIS_1_TO_100));
    }
}
