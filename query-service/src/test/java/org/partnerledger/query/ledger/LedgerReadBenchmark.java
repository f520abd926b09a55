package org.partnerledger.query.ledger;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnerledger.query.fixtures.EventRecords;
import org.partnerledger.query.fixtures.SampleEvents;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.EventRecordReader;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

/**
 * What a dashboard or health read costs on a partnership of 10,000 events (issue 13's length), in microseconds,
 * step by step: reading the stored ledger back from its JSON, and computing each view from a ledger.
 * {@code ./mvnw -Pjmh -DskipTests verify -pl query-service -Djmh.args="LedgerRead"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LedgerReadBenchmark {

    static final int EVENTS = 10_000;

    private String stored;
    private Ledger ledger;
    private final Instant now = Instant.parse("2027-01-05T15:00:00Z");

    @Setup
    public void aPartnershipOfTenThousandEvents() {
        UUID id = UUID.randomUUID();
        List<EventEnvelope> events = events(id, EVENTS);
        ledger = LedgerFold.fold(Ledger.of(id.toString()), events);
        stored = LedgerRepository.write(ledger);
    }

    static List<EventEnvelope> events(UUID id, int count) {
        EventRecordReader reader = new EventRecordReader();
        var stream = SampleEvents.stream(id, count);
        return IntStream.range(0, count).mapToObj(sequence -> reader.read(EventRecords.record(stream.get(sequence),
                sequence))).toList();
    }

    @Benchmark
    public Ledger readTheStoredLedger() {
        return LedgerRepository.read(stored);
    }

    @Benchmark
    public String writeTheLedger() {
        return LedgerRepository.write(ledger);
    }

    @Benchmark
    public DashboardView dashboardFromALedger() {
        return DashboardView.of(ledger, now, false);
    }

    @Benchmark
    public HealthView healthFromALedger() {
        return Health.of(ledger, now, false);
    }
}
