package org.partnerledger.query.history;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnerledger.query.fixtures.EventRecords;
import org.partnerledger.query.projection.CopyRows;
import org.partnerledger.query.projection.EventEnvelope;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The history's COPY rows for one full poll ({@link EventRecords#fullPoll}), without the database, in nanoseconds
 * per event: each event written back to JSON and escaped into its row. {@code ./mvnw -Pjmh -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(EventRecords.FULL_POLL)
public class HistoryRowsBenchmark {

    private List<EventEnvelope> envelopes;

    @Setup
    public void poll() {
        envelopes = EventRecords.fullPollRead();
    }

    @Benchmark
    public CopyRows writeCopyRow() {
        return HistoryRepository.eventRows(envelopes);
    }
}
