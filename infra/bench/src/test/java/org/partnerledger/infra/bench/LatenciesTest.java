package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LatenciesTest {

    @Test
    void percentilesAreReadInMillisecondsFromMicrosecondRecords() {
        Latencies latencies = new Latencies();
        for (int millis = 1; millis <= 100; millis++) {
            latencies.recordNanos(millis * 1_000_000L);
        }

        assertThat(latencies.count()).isEqualTo(100);
        assertThat(latencies.p50()).isCloseTo(50, within(0.1));
        assertThat(latencies.p99()).isCloseTo(99, within(0.1));
        assertThat(latencies.maxMillis()).isCloseTo(100, within(0.1));
    }

    @Test
    void anEmptyDistributionHasNoPercentiles() {
        assertThat(new Latencies().p99()).isNaN();
    }

    @Test
    void negativeDurationsFromSkewedClocksCountAsZero() {
        Latencies latencies = new Latencies();
        latencies.recordMillis(-3);

        assertThat(latencies.p50()).isZero();
    }
}
