package org.partnerledger.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What each read model does with every record before it reaches the database, on one full poll (2,000 records of
 * 20 partnerships, interleaved), in nanoseconds per record: reading it (headers, JSON binding, schema checks),
 * writing the event back to JSON for the history, and writing COPY rows. {@code ./mvnw -Pjmh -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(ReadingBenchmark.POLL)
public class ReadingBenchmark {

    static final int POLL = 2_000;
    private static final int PARTNERSHIPS = 20;

    private final EventRecordReader reader = new EventRecordReader();
    private List<ConsumerRecord<String, byte[]>> records;
    private List<EventEnvelope> envelopes;

    @Setup
    public void poll() {
        records = EventRecords.poll(PARTNERSHIPS, POLL / PARTNERSHIPS);
        envelopes = records.stream().map(reader::read).toList();
    }

    @Benchmark
    public void readRecord(Blackhole blackhole) {
        for (ConsumerRecord<String, byte[]> record : records) {
            blackhole.consume(reader.read(record));
        }
    }

    @Benchmark
    public void writeEventJson(Blackhole blackhole) {
        for (EventEnvelope envelope : envelopes) {
            blackhole.consume(envelope.utf8Json());
        }
    }

    /** A history row per event, as the history writes it, without the database. */
    @Benchmark
    public CopyRows writeCopyRow() {
        CopyRows rows = new CopyRows("history_event", "partnership_id", "sequence", "event_id", "type", "revision",
                "occurred_at", "actor", "correlation_id", "data");
        for (EventEnvelope envelope : envelopes) {
            rows.add(envelope.partnershipId(), envelope.sequence(), envelope.eventId(), envelope.type(),
                    envelope.revision(), envelope.occurredAt(), envelope.actor(), envelope.correlationId(),
                    envelope.utf8Json());
        }
        return rows;
    }
}
