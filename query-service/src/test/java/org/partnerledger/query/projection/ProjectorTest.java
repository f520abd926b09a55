package org.partnerledger.query.projection;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnerledger.query.fixtures.EventRecords.headers;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.SampleEvents.conflict;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/** How the projector hands a poll to the read models; the read models' own tests cover what they make of it. */
class ProjectorTest {

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final CountedTransactions transactions = new CountedTransactions();
    private final RecordingReadModel readModel = new RecordingReadModel("recording");
    private final List<Set<UUID>> positionReads = new ArrayList<>();
    private final List<Map<String, List<StreamBatch>>> positionMoves = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private final List<RecordingReadModel> readModels = new ArrayList<>();
    private final List<ConsumerRecord<?, ?>> deadLetters = new ArrayList<>();
    private RuntimeException deadLetterFailure;
    private final Projector projector = new Projector(new EventRecordReader(), new Positions(), transactions,
            this::deadLetter, new SimpleMeterRegistry());
    private int acknowledgements;

    @Test
    void aPollOfInterleavedPartnershipsIsAppliedInOneCallAndOneTransactionAfterOneReadOfTheirPositions() {
        project(record(formed(first), 0), record(formed(second), 0), record(decision(first, UUID.randomUUID()), 1),
                record(decision(second, UUID.randomUUID()), 1), record(conflict(first, UUID.randomUUID()), 2));

        assertThat(positionReads).containsExactly(Set.of(first, second));
        assertThat(readModel.calls).singleElement().satisfies(applied -> assertThat(applied)
                .extracting(EventEnvelope::partnershipId, EventEnvelope::sequence)
                .containsExactly(tuple(first, 0L), tuple(second, 0L), tuple(first, 1L), tuple(second, 1L),
                        tuple(first, 2L)));
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(acknowledgements).isEqualTo(1);
    }

    @Test
    void eventsAppliedBeforeAndRepeatsWithinThePollAreLeftOut() {
        readModel.positions.put(first, 1L);
        ConsumerRecord<String, byte[]> repeated = record(decision(first, UUID.randomUUID()), 2);

        project(record(formed(first), 0), record(decision(first, UUID.randomUUID()), 1), repeated, repeated,
                record(formed(second), 0), record(formed(second), 0));

        assertThat(readModel.calls).singleElement().satisfies(applied -> assertThat(applied)
                .extracting(EventEnvelope::partnershipId, EventEnvelope::sequence)
                .containsExactly(tuple(first, 2L), tuple(second, 0L)));
        assertThat(acknowledgements).isEqualTo(1);
    }

    @Test
    void thePositionsKeptInTablesAreMovedForEveryReadModelInOneCallBeforeAnyReadModelApplies() {
        RecordingReadModel opening = new RecordingReadModel("opening", "opening_stream");
        RecordingReadModel continuing = new RecordingReadModel("continuing", "continuing_stream");
        continuing.positions.put(first, 0L);

        project(List.of(readModel, opening, continuing), record(formed(first), 0),
                record(decision(first, UUID.randomUUID()), 1));

        assertThat(positionMoves).singleElement().satisfies(moves -> {
            assertThat(moves).containsOnlyKeys("opening_stream", "continuing_stream");
            assertThat(moves.get("opening_stream"))
                    .extracting(StreamBatch::partnershipId, StreamBatch::previousVersion, StreamBatch::version)
                    .containsExactly(tuple(first, -1L, 1L));
            assertThat(moves.get("continuing_stream"))
                    .extracting(StreamBatch::partnershipId, StreamBatch::previousVersion, StreamBatch::version)
                    .containsExactly(tuple(first, 0L, 1L));
        });
        assertThat(steps).containsExactly("move", "apply recording", "apply opening", "apply continuing");
        assertThat(transactions.committed).isEqualTo(1);
    }

    @Test
    void aPollWithNothingNewIsAcknowledgedWithoutApplyingAnything() {
        readModel.positions.put(first, 0L);

        project(record(formed(first), 0));

        assertThat(readModel.calls).isEmpty();
        assertThat(acknowledgements).isEqualTo(1);
    }

    @Test
    void aGapEndsThePollForEveryPartnershipWhileTheEventsBeforeItAreCommittedAndThePollIsRetriedWhole() {
        assertThatThrownBy(() -> project(record(formed(first), 0), record(formed(second), 0),
                record(conflict(first, UUID.randomUUID()), 5), record(decision(second, UUID.randomUUID()), 1)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                    assertThat(failure.getIndex()).isZero();
                    assertThat(failure.getCause()).isInstanceOf(ProjectionGapException.class);
                });

        assertThat(readModel.calls).singleElement().satisfies(applied -> assertThat(applied)
                .extracting(EventEnvelope::partnershipId, EventEnvelope::sequence)
                .containsExactly(tuple(first, 0L), tuple(second, 0L)));
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(acknowledgements).isZero();
    }

    @Test
    void aFailingApplyRollsThePollBackToBeRetriedFromItsFirstRecord() {
        readModel.failure = new IllegalStateException("the database is down");

        assertThatThrownBy(() -> project(record(formed(first), 0), record(decision(first, UUID.randomUUID()), 1)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                    assertThat(failure.getIndex()).isZero();
                    assertThat(failure.getCause()).isSameAs(readModel.failure);
                });

        assertThat(transactions.committed).isZero();
        assertThat(transactions.rolledBack).isEqualTo(1);
        assertThat(acknowledgements).isZero();
    }

    @Test
    void theEarliestHoleOfAnyReadModelEndsThePollAndAReadModelFurtherOnSkipsWhatIsRedeliveredFromThere() {
        RecordingReadModel ahead = new RecordingReadModel("ahead");
        ahead.positions.put(first, 0L);
        ConsumerRecord<String, byte[]> decisionAfterAHole = record(decision(first, UUID.randomUUID()), 1);

        assertThatThrownBy(() -> project(List.of(readModel, ahead), record(formed(second), 0), decisionAfterAHole))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                    assertThat(failure.getIndex()).isZero();
                    assertThat(failure.getCause()).hasMessageContaining("recording");
                });
        assertThatThrownBy(() -> project(List.of(readModel, ahead), decisionAfterAHole))
                .isInstanceOf(BatchListenerFailedException.class);

        assertThat(readModel.calls).singleElement().satisfies(applied -> assertThat(applied)
                .extracting(EventEnvelope::partnershipId).containsExactly(second));
        assertThat(ahead.calls).singleElement().satisfies(applied -> assertThat(applied)
                .extracting(EventEnvelope::partnershipId, EventEnvelope::sequence)
                .containsExactly(tuple(second, 0L), tuple(first, 1L)));
        assertThat(transactions.committed).isEqualTo(2);
        assertThat(acknowledgements).isZero();
    }

    @Test
    void unreadableRecordsAreLeftOutAndDeadLetteredInOrderOnceTheOthersHaveCommitted() {
        ConsumerRecord<String, byte[]> notJson = poison(first, "{");
        ConsumerRecord<String, byte[]> notAnObject = poison(second, "[]");

        project(record(formed(first), 0), notJson, record(formed(second), 0), notAnObject,
                record(decision(first, UUID.randomUUID()), 1));

        assertThat(readModel.calls).singleElement().satisfies(applied -> assertThat(applied)
                .extracting(EventEnvelope::partnershipId).containsExactly(first, second, first));
        assertThat(deadLetters).containsExactly(notJson, notAnObject);
        assertThat(transactions.committed).isEqualTo(1);
        assertThat(acknowledgements).isEqualTo(1);
    }

    @Test
    void aDeadLetterThatCannotBeSentFailsThePollToBeRetriedWhole() {
        deadLetterFailure = new IllegalStateException("the broker is down");

        assertThatThrownBy(() -> project(record(formed(first), 0), poison(first, "{")))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                    assertThat(failure.getIndex()).isZero();
                    assertThat(failure.getCause()).isSameAs(deadLetterFailure);
                });

        assertThat(transactions.committed).isEqualTo(1);
        assertThat(acknowledgements).isZero();
    }

    /** Its stream then waits for it: a later service that reads it projects it, and nothing is skipped. */
    @Test
    void anUnreadableRecordInAPollThatMeetsAGapIsNotDeadLettered() {
        assertThatThrownBy(() -> project(record(formed(first), 0), poison(first, "{"),
                record(conflict(first, UUID.randomUUID()), 2)))
                .isInstanceOf(BatchListenerFailedException.class);

        assertThat(deadLetters).isEmpty();
        assertThat(acknowledgements).isZero();
    }

    @SafeVarargs
    private void project(ConsumerRecord<String, byte[]>... records) {
        project(List.of(readModel), records);
    }

    /** A poll acknowledged, as the listener container counts it, when the projector returns. */
    @SafeVarargs
    private void project(List<RecordingReadModel> toProject, ConsumerRecord<String, byte[]>... records) {
        readModels.clear();
        readModels.addAll(toProject);
        projector.project(toProject, List.of(records));
        acknowledgements++;
    }

    /** A record of the partnership at sequence 1 whose value cannot be read. */
    private static ConsumerRecord<String, byte[]> poison(UUID partnership, String value) {
        return record(partnership.toString(), value.getBytes(StandardCharsets.UTF_8),
                headers("DecisionRecorded", partnership.toString(), 1));
    }

    private void deadLetter(ConsumerRecord<?, ?> record, Exception reason) {
        if (deadLetterFailure != null) {
            throw deadLetterFailure;
        }
        assertThat(reason).hasMessageStartingWith("unreadable record: ")
                .hasCauseInstanceOf(UnreadableEventException.class);
        deadLetters.add(record);
    }

    /** The read models' positions in memory: what the poll asked about and what it moved noted. */
    private final class Positions implements ReadModelPositions {

        @Override
        public Map<String, Map<UUID, Long>> lastApplied(Set<UUID> partnershipIds) {
            positionReads.add(Set.copyOf(partnershipIds));
            Map<String, Map<UUID, Long>> positions = new HashMap<>();
            for (RecordingReadModel model : readModels) {
                Map<UUID, Long> known = new HashMap<>(model.positions);
                known.keySet().retainAll(partnershipIds);
                positions.put(model.name(), known);
            }
            return positions;
        }

        @Override
        public void moveOn(Map<String, List<StreamBatch>> streamsByTable) {
            steps.add("move");
            positionMoves.add(Map.copyOf(streamsByTable));
            for (RecordingReadModel model : readModels) {
                model.positionsTable().map(streamsByTable::get).ifPresent(streams -> streams.forEach(stream ->
                        model.positions.put(stream.partnershipId(), stream.version())));
            }
        }
    }

    /** Keeps its positions in memory, moving them itself unless the projector keeps them, and records its calls. */
    private final class RecordingReadModel implements ReadModel {

        final String name;
        final String positionsTable;
        final Map<UUID, Long> positions = new HashMap<>();
        final List<List<EventEnvelope>> calls = new ArrayList<>();
        RuntimeException failure;

        RecordingReadModel(String name) {
            this(name, null);
        }

        RecordingReadModel(String name, String positionsTable) {
            this.name = name;
            this.positionsTable = positionsTable;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Optional<String> positionsTable() {
            return Optional.ofNullable(positionsTable);
        }

        @Override
        public void apply(List<EventEnvelope> envelopes) {
            if (failure != null) {
                throw failure;
            }
            steps.add("apply " + name);
            calls.add(List.copyOf(envelopes));
            if (positionsTable == null) {
                envelopes.forEach(envelope -> positions.put(envelope.partnershipId(), envelope.sequence()));
            }
        }
    }

    /** Counts the transactions it is asked for instead of opening any. */
    private static final class CountedTransactions extends AbstractPlatformTransactionManager {

        int committed;
        int rolledBack;

        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
            committed++;
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
            rolledBack++;
        }
    }
}
