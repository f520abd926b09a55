package org.partnerledger.query.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.partnerledger.query.projection.CopyRows;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.ReadModelPositions;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The auditors' history: every event of every partnership, and how far each stream has been applied. Written a
 * batch of events at a time, in one COPY, once the projector has moved the streams on ({@link #POSITIONS}).
 */
@Repository
class HistoryRepository {

    /** The read model's name, under which {@code read_model_positions} shows its positions. */
    static final String READ_MODEL = "history";
    /** The positions table: {@code history_event} rows refer to it, so a stream's row comes before its events'. */
    static final String POSITIONS = "history_stream";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;
    private final ReadModelPositions positions;

    HistoryRepository(NamedParameterJdbcTemplate jdbc, ReadModelPositions positions) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.positions = positions;
    }

    /** The version of each of the partnerships that the history knows, as the projector reads it. */
    Map<UUID, Long> versions(Set<UUID> partnershipIds) {
        return positions.lastApplied(partnershipIds).getOrDefault(READ_MODEL, Map.of());
    }

    /**
     * Appends the events; a second consumer that appended them already (during a rebalance) makes this fail on the
     * events' key, should the projector's move of the positions not have failed first.
     */
    void append(List<EventEnvelope> envelopes) {
        eventRows(envelopes).copyInto(jdbc.getJdbcOperations());
    }

    /** The events' {@code history_event} rows, ready to copy. */
    static CopyRows eventRows(List<EventEnvelope> envelopes) {
        CopyRows events = new CopyRows("history_event", "partnership_id", "sequence", "event_id", "type", "revision",
                "occurred_at", "actor", "actor_role", "actor_organisation", "command_id", "correlation_id", "data",
                "partners");
        envelopes.forEach(envelope -> {
            byte[] data = envelope.utf8Json();
            events.add(envelope.partnershipId(), envelope.sequence(), envelope.eventId(), envelope.type(),
                    envelope.revision(), envelope.occurredAt(), envelope.actor(), envelope.actorRole(),
                    envelope.actorOrganisation(), envelope.commandId(), envelope.correlationId(), data,
                    HistoryPartners.arrayLiteral(HistoryPartners.of(envelope.type(), data)));
        });
        return events;
    }

    /**
     * Up to {@code limit} events after sequence {@code after} that the filter admits, with the version, in one
     * statement and so on one snapshot (without the cost of a repeatable-read transaction); empty for a stream the
     * history does not hold. Actors' names are joined in as they are now, not as they were: the history keeps no
     * name (ADR 15).
     */
    public Optional<HistoryView> history(UUID partnershipId, HistoryFilter filter, long after, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("id", partnershipId)
                .addValue("after", after)
                .addValue("limit", limit);
        String conditions = filter.conditions("h", parameters);
        return client.sql("""
                        select s.version, e.sequence, e.event_id, e.type, e.occurred_at, e.actor, e.actor_role,
                               e.actor_organisation, e.command_id, e.data, p.name as actor_name
                          from history_stream s
                          left join lateral (
                               select sequence, event_id, type, occurred_at, actor, actor_role, actor_organisation,
                                      command_id, data
                                 from history_event h
                                where partnership_id = s.partnership_id and sequence > :after %s
                                order by sequence limit :limit) e on true
                          left join person_profile p on p.subject = e.actor
                         where s.partnership_id = :id
                         order by e.sequence""".formatted(conditions))
                .paramSource(parameters)
                .query(rs -> {
                    if (!rs.next()) {
                        return Optional.<HistoryView>empty();
                    }
                    long version = rs.getLong("version");
                    List<HistoryEventView> events = new ArrayList<>();
                    do {
                        if (rs.getObject("event_id") != null) {
                            events.add(new HistoryEventView(rs.getLong("sequence"),
                                    rs.getObject("event_id", UUID.class), rs.getString("type"),
                                    rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                                    rs.getString("actor"), rs.getString("actor_name"), rs.getString("actor_role"),
                                    rs.getString("actor_organisation"), rs.getString("command_id"),
                                    tree(rs.getString("data"))));
                        }
                    } while (rs.next());
                    return Optional.of(new HistoryView(partnershipId, version, events));
                });
    }

    private static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event is not JSON: " + json, e);
        }
    }
}
