package org.partnerledger.command.eventstore;

import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnerledger.events.DecisionRecordedEvent;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * What the event store's serializer costs a command, in nanoseconds: a decision's payload and its metadata to the
 * JSON bytes that are stored (and published as they are), and the payload back, as an aggregate's replay reads it.
 * {@code ./mvnw -Pjmh -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SerializationBenchmark {

    private final Serializer serializer = new EventStoreConfiguration().serializer(new AnnotationRevisionResolver());
    private final DecisionRecordedEvent decision = new DecisionRecordedEvent(UUID.randomUUID().toString(),
            UUID.randomUUID().toString(), "Meet monthly on the first Tuesday",
            "Agreed at the monthly meeting after a review of the placements report", List.of("abc", "rcsd"),
            null, null, null, List.of());
    private final MetaData metaData = MetaData.from(Map.of(CommandMetadataProvider.ACTOR, "anonymous",
            "traceId", UUID.randomUUID().toString(), "correlationId", UUID.randomUUID().toString()));
    private SerializedObject<byte[]> storedDecision;

    @Setup
    public void store() {
        storedDecision = serializer.serialize(decision, byte[].class);
    }

    @Benchmark
    public SerializedObject<byte[]> serializePayload() {
        return serializer.serialize(decision, byte[].class);
    }

    @Benchmark
    public SerializedObject<byte[]> serializeMetaData() {
        return serializer.serialize(metaData, byte[].class);
    }

    @Benchmark
    public DecisionRecordedEvent deserializePayload() {
        return serializer.deserialize(storedDecision);
    }
}
