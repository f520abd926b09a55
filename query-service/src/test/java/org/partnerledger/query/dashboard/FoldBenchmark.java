package org.partnerledger.query.dashboard;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.partnerledger.query.fixtures.EventRecords;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.StreamBatch;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The dashboard's pure fold on one full poll ({@link EventRecords#fullPoll}, each partnership from its formation), in
 * nanoseconds per event: grouping the poll by partnership and folding each partnership's summary row.
 * {@code ./mvnw -Pjmh -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(EventRecords.FULL_POLL)
public class FoldBenchmark {

    private List<EventEnvelope> envelopes;

    @Setup
    public void poll() {
        envelopes = EventRecords.fullPollRead();
    }

    @Benchmark
    public void foldSummaries(Blackhole blackhole) {
        for (StreamBatch stream : StreamBatch.of(envelopes)) {
            blackhole.consume(SummaryRow.fold(null, stream));
        }
    }
}
