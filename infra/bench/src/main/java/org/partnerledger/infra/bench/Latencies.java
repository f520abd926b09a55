package org.partnerledger.infra.bench;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * A latency distribution, recorded in microseconds with three significant digits and read in milliseconds. Safe to
 * record into from many threads at once.
 */
final class Latencies {

    private final Histogram histogram = new ConcurrentHistogram(3);

    void recordNanos(long nanos) {
        histogram.recordValue(Math.max(0, nanos / 1_000));
    }

    void recordMillis(double millis) {
        histogram.recordValue(Math.max(0, Math.round(millis * 1_000)));
    }

    long count() {
        return histogram.getTotalCount();
    }

    /** The value at a percentile (0 to 100), in milliseconds; NaN when nothing was recorded. */
    double percentileMillis(double percentile) {
        if (count() == 0) {
            return Double.NaN;
        }
        return histogram.getValueAtPercentile(percentile) / 1_000.0;
    }

    double p50() {
        return percentileMillis(50);
    }

    double p99() {
        return percentileMillis(99);
    }

    double maxMillis() {
        return count() == 0 ? Double.NaN : histogram.getMaxValue() / 1_000.0;
    }
}
