package org.partnerledger.infra.bench;

import java.time.Duration;
import java.util.List;

/**
 * How long and how large each section runs. The full run fits in about 20 minutes on a 2-core machine; the smoke
 * run exercises every code path in seconds and its numbers mean nothing.
 *
 * @param warmup          discarded load before each measured run
 * @param rawRun          each raw PostgreSQL single-row run
 * @param pairedRun       each raw baseline measured right before the product figure it is compared with
 * @param kafkaRun        the Kafka round-trip run
 * @param commandRun      each HTTP command run
 * @param lagRun          the projection lag run at 50% of peak
 * @param rawTableRows    rows the batched inserts fill the raw table with, then read back in global order
 * @param rebuildEvents   events replayed by the rebuild
 * @param histories       lengths of the long-history partnerships
 * @param samples         sequential requests measured per long-history figure
 * @param poolSize        partnerships the "many partnerships" load spreads over
 * @param catchUpTimeout  how long to wait for the read side to catch up with seeded events
 * @param rebuildTimeout  how long the rebuild may take; if it takes longer its rate so far is reported
 * @param soakRun         the soak's load at 70% of peak
 * @param restRun         the idle window of the cost at rest
 * @param peakStep        each open-loop step of the search for the sustainable peak
 * @param mixPartnerships partnerships the realistic mix spreads over, in each system
 * @param mixHistory      events each of them holds before the mix starts: a year of a busy partnership
 */
record Sizes(Duration warmup, Duration rawRun, Duration pairedRun, Duration kafkaRun, Duration commandRun,
             Duration lagRun,
             int rawTableRows, int rebuildEvents, List<Integer> histories, int samples, int poolSize,
             Duration catchUpTimeout, Duration rebuildTimeout, Duration soakRun, Duration restRun,
             Duration peakStep, int mixPartnerships, int mixHistory) {

    static final List<Integer> CONCURRENCY = List.of(1, 4, 16);

    static Sizes full() {
        return new Sizes(Duration.ofSeconds(5), Duration.ofSeconds(12), Duration.ofSeconds(6),
                Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(40), 1_000_000, 1_000_000,
                List.of(100, 10_000, 100_000), 300, 200, Duration.ofMinutes(8), Duration.ofMinutes(10),
                Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ofSeconds(15), 64, 300);
    }

    Sizes withRebuildEvents(int events) {
        return new Sizes(warmup, rawRun, pairedRun, kafkaRun, commandRun, lagRun, rawTableRows, events, histories,
                samples, poolSize, catchUpTimeout, rebuildTimeout, soakRun, restRun, peakStep, mixPartnerships,
                mixHistory);
    }

    Sizes withSoakRun(Duration run) {
        return new Sizes(warmup, rawRun, pairedRun, kafkaRun, commandRun, lagRun, rawTableRows, rebuildEvents,
                histories, samples, poolSize, catchUpTimeout, rebuildTimeout, run, restRun, peakStep, mixPartnerships,
                mixHistory);
    }

    static Sizes smoke() {
        return new Sizes(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(3), 10_000, 10_000,
                List.of(100, 1_000, 3_000), 20, 20, Duration.ofMinutes(2), Duration.ofMinutes(2),
                Duration.ofSeconds(20), Duration.ofSeconds(3), Duration.ofSeconds(2), 6, 100);
    }
}
