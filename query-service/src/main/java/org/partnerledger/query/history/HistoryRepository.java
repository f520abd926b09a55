package org.partnerledger.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.ReadModel;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The auditors' history: every event of every partnership, and how far each stream has been applied. */
@Repository
class HistoryRepository {

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    HistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long lastApplied(UUID partnershipId) {
        return jdbc.sql("select version from history_stream where partnership_id = :id")
                .param("id", partnershipId)
                .query(Long.class).optional().orElse(ReadModel.NOTHING_APPLIED);
    }

    /**
     * Moves the stream on to the event's sequence, only from the one before (a second consumer that got ahead
     * during a rebalance makes this fail and retry rather than append twice), and appends the event.
     */
    void append(EventEnvelope envelope) {
        int advanced = jdbc.sql("""
                        insert into history_stream (partnership_id, version) values (:id, :sequence)
                        on conflict (partnership_id) do update set version = excluded.version
                         where history_stream.version = excluded.version - 1""")
                .param("id", envelope.partnershipId())
                .param("sequence", envelope.sequence())
                .update();
        if (advanced != 1) {
            throw new OptimisticLockingFailureException("Partnership %s moved on while sequence %d was applied"
                    .formatted(envelope.partnershipId(), envelope.sequence()));
        }
        jdbc.sql("""
                        insert into history_event (partnership_id, sequence, event_id, type, revision, occurred_at,
                                                   actor, correlation_id, data)
                        values (:partnershipId, :sequence, :eventId, :type, :revision, :occurredAt, :actor,
                                :correlationId, cast(:data as jsonb))""")
                .param("partnershipId", envelope.partnershipId())
                .param("sequence", envelope.sequence())
                .param("eventId", envelope.eventId())
                .param("type", envelope.type())
                .param("revision", envelope.revision())
                .param("occurredAt", envelope.occurredAt().atOffset(ZoneOffset.UTC))
                .param("actor", envelope.actor())
                .param("correlationId", envelope.correlationId())
                .param("data", envelope.json())
                .update();
    }

    /** Up to {@code limit} events after sequence {@code after}, read in one snapshot with the version. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<HistoryView> history(UUID partnershipId, long after, int limit) {
        return jdbc.sql("select version from history_stream where partnership_id = :id")
                .param("id", partnershipId)
                .query(Long.class).optional()
                .map(version -> new HistoryView(partnershipId, version, events(partnershipId, after, limit)));
    }

    private List<HistoryEventView> events(UUID partnershipId, long after, int limit) {
        return jdbc.sql("""
                        select sequence, event_id, type, occurred_at, actor, data from history_event
                         where partnership_id = :id and sequence > :after order by sequence limit :limit""")
                .param("id", partnershipId)
                .param("after", after)
                .param("limit", limit)
                .query((rs, row) -> new HistoryEventView(rs.getLong("sequence"),
                        rs.getObject("event_id", UUID.class), rs.getString("type"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                        tree(rs.getString("data"))))
                .list();
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event is not JSON: " + json, e);
        }
    }
}
