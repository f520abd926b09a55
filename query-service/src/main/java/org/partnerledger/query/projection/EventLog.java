package org.partnerledger.query.projection;

import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A partnership's events as the history stored them (at their current revision, upcasting done when they were
 * consumed), read back as envelopes, so that any read model can fold its past states with the code that folds its
 * live one.
 */
@Repository
public class EventLog {

    private static final String EVENTS = """
            select event_id, type, revision, sequence, occurred_at, actor, actor_role, actor_organisation, command_id,
                   correlation_id, data::text as data
              from history_event where partnership_id = :id and %s order by sequence""";

    private final JdbcClient jdbc;

    EventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The events up to and including the given sequence. */
    public List<EventEnvelope> upToVersion(UUID partnershipId, long version) {
        return jdbc.sql(EVENTS.formatted("sequence <= :bound")).param("id", partnershipId).param("bound", version)
                .query(EventLog::envelope).list();
    }

    /** The events that occurred at or before the instant. */
    public List<EventEnvelope> upTo(UUID partnershipId, Instant instant) {
        return jdbc.sql(EVENTS.formatted("occurred_at <= :bound")).param("id", partnershipId)
                .param("bound", OffsetDateTime.ofInstant(instant, ZoneOffset.UTC))
                .query(EventLog::envelope).list();
    }

    /** An event as the history stores it: its type name and its JSON at the current revision. */
    public static PartnershipEvent event(String type, String json) {
        Class<? extends PartnershipEvent> eventClass = PartnershipEventsTopic.eventClass(type).orElseThrow(
                () -> new IllegalStateException("The history holds an event of unknown type " + type));
        try {
            return EventJson.MAPPER.readValue(json, eventClass);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("The history holds an unreadable " + type, unreadable);
        }
    }

    private static EventEnvelope envelope(ResultSet row, int number) throws SQLException {
        String type = row.getString("type");
        PartnershipEvent event = event(type, row.getString("data"));
        return new EventEnvelope(row.getObject("event_id", UUID.class), type, row.getInt("revision"),
                UUID.fromString(event.partnershipId()), row.getLong("sequence"),
                row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("actor"),
                row.getString("actor_role"), row.getString("actor_organisation"), row.getString("command_id"),
                row.getString("correlation_id"), event);
    }
}
