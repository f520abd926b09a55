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
 * What each read model does with every record before it reaches the database, on one full poll
 * ({@link EventRecords#fullPoll}), in nanoseconds per record: reading it (headers, JSON binding, schema checks), and
 * writing the event back to JSON for the history. {@code ./mvnw -Pjmh -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@OperationsPerInvocation(EventRecords.FULL_POLL)
public class ReadingBenchmark {

    private final EventRecordReader reader = new EventRecordReader();
    private List<ConsumerRecord<String, byte[]>> records;
    private List<EventEnvelope> envelopes;

    @Setup
    public void poll() {
        records = EventRecords.fullPoll();
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
}
