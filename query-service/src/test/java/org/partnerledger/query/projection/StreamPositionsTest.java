package org.partnerledger.query.projection;

import org.junit.jupiter.api.Test;
import org.partnerledger.query.fixtures.TestDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/** The positions the projector moves, in the read models' own tables on real PostgreSQL, all in one statement. */
class StreamPositionsTest {

    private static final DataSource DATABASE = TestDatabase.createMigrated();

    private final UUID partnership = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final ReadModelPositions positions =
            ReadModelPositions.inDatabase(new NamedParameterJdbcTemplate(DATABASE));
    private final TransactionTemplate transactions =
            new TransactionTemplate(new DataSourceTransactionManager(DATABASE));

    @Test
    void streamsAreOpenedAndMovedOnInEveryTableAtOnce() {
        moveOn(Map.of("history_stream", streams(events(partnership, 0, 1), events(other, 0)),
                "access_stream", streams(events(partnership, 0))));

        moveOn(Map.of("history_stream", streams(events(partnership, 2, 3)),
                "access_stream", streams(events(partnership, 1, 2, 3), events(other, 0)),
                "funder_stream", streams(events(other, 0))));

        assertThat(positions.lastApplied(Set.of(partnership, other))).containsOnlyKeys("history", "access", "funder")
                .containsEntry("history", Map.of(partnership, 3L, other, 0L))
                .containsEntry("access", Map.of(partnership, 3L, other, 0L))
                .containsEntry("funder", Map.of(other, 0L));
    }

    @Test
    void aStreamThatAnotherConsumerOpenedMeanwhileFailsRatherThanBeingOpenedTwice() {
        moveOn(Map.of("access_stream", streams(events(partnership, 0))));

        assertThatThrownBy(() -> moveOn(Map.of("access_stream", streams(events(partnership, 0)))))
                .isInstanceOf(DuplicateKeyException.class);
    }

    /** Within the poll's transaction, which is rolled back: no table moves, not even those that could. */
    @Test
    void aStreamThatAnotherConsumerMovedOnMeanwhileFailsThePollAndNothingMoves() {
        moveOn(Map.of("history_stream", streams(events(partnership, 0, 1)), "funder_stream",
                streams(events(partnership, 0, 1))));

        assertThatThrownBy(() -> moveOn(Map.of("funder_stream", streams(events(partnership, 2)),
                "history_stream", streams(events(partnership, 1, 2)))))
                .isInstanceOf(OptimisticLockingFailureException.class)
                .hasMessageContaining("1 of 2 partnerships moved on");

        assertThat(positions.lastApplied(Set.of(partnership)))
                .containsEntry("history", Map.of(partnership, 1L))
                .containsEntry("funder", Map.of(partnership, 1L));
    }

    private void moveOn(Map<String, List<StreamBatch>> streamsByTable) {
        transactions.executeWithoutResult(status -> positions.moveOn(streamsByTable));
    }

    @SafeVarargs
    private static List<StreamBatch> streams(List<EventEnvelope>... events) {
        return StreamBatch.of(Arrays.stream(events).flatMap(List::stream).toList());
    }

    /** A partnership's consecutive events, from the sequences given. */
    private static List<EventEnvelope> events(UUID partnershipId, long... sequences) {
        EventRecordReader reader = new EventRecordReader();
        return Arrays.stream(sequences).mapToObj(sequence -> reader.read(sequence == 0
                ? record(formed(partnershipId), 0) : record(decision(partnershipId, UUID.randomUUID()), sequence)))
                .toList();
    }
}
