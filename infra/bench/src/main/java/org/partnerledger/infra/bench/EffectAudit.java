package org.partnerledger.infra.bench;

import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.VisionRevisedEvent;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether every command the soak's clients were told succeeded took effect exactly once in the event store: each
 * event carries its command's Idempotency-Key in its metadata, and each stream must run 0..n-1 without holes. The
 * streams it reads are what the read models are then compared with.
 */
final class EffectAudit {

    /** A partnership's stream in the event store, with its events counted by kind. */
    record Stream(long events, long first, long last, long decisions, long actions, long conflicts,
                  long visionRevisions) {

        boolean gapless() {
            return first == 0 && last == events - 1;
        }
    }

    private final Database eventStore;
    private final Report report;

    EffectAudit(Database eventStore, Report report) {
        this.eventStore = eventStore;
        this.report = report;
    }

    /** Reports on the store and returns the partnerships' streams. */
    Map<String, Stream> run(List<String> partnerships, Outcomes outcomes, String keyPrefix) throws SQLException {
        Map<String, Long> effects = effectsByKey(keyPrefix);
        long lost = outcomes.ok().stream().filter(key -> !effects.containsKey(key)).count();
        long doubled = effects.values().stream().mapToLong(count -> count - 1).sum();
        long unknownStored = outcomes.unknown().stream().filter(effects::containsKey).count();
        long refusedStored = outcomes.refused().stream().filter(effects::containsKey).count();
        report.add(Figure.of(Soak.SECTION, "event store: accepted commands lost", lost, "commands")
                .target("0", Figure.Status.of(lost == 0))
                .note(("each of %,d 2xx answers looked up by its Idempotency-Key in the events' metadata; of %,d"
                        + " unknown outcomes %,d took effect; %,d refused commands took effect").formatted(
                        outcomes.ok().size(), outcomes.unknown().size(), unknownStored, refusedStored)));
        report.add(Figure.of(Soak.SECTION, "event store: commands stored twice or more", doubled, "events")
                .target("0", Figure.Status.of(doubled == 0))
                .note(("events beyond the first per Idempotency-Key; %,d commands were sent a second time with their"
                        + " key, as a client retries, and %,d of those were answered otherwise than the first time")
                        .formatted(outcomes.repeats(), outcomes.repeatsAnsweredOtherwise())));
        Map<String, Stream> streams = streams(partnerships);
        long holes = streams.values().stream().filter(stream -> !stream.gapless()).count();
        report.add(Figure.of(Soak.SECTION, "event store: streams with holes", holes, "streams")
                .target("0", Figure.Status.of(holes == 0))
                .note("sequence numbers 0..n-1 in each of %,d partnerships, %,d events".formatted(streams.size(),
                        streams.values().stream().mapToLong(Stream::events).sum())));
        return streams;
    }

    private Map<String, Stream> streams(List<String> partnerships) throws SQLException {
        Map<String, Stream> streams = new HashMap<>();
        eventStore.forEachRow("""
                        SELECT aggregate_identifier, count(*), min(sequence_number), max(sequence_number),
                               count(*) FILTER (WHERE payload_type = ?), count(*) FILTER (WHERE payload_type = ?),
                               count(*) FILTER (WHERE payload_type = ?), count(*) FILTER (WHERE payload_type = ?)
                        FROM domain_event_entry WHERE aggregate_identifier = ANY (?) GROUP BY aggregate_identifier""",
                row -> streams.put(row.getString(1), new Stream(row.getLong(2), row.getLong(3), row.getLong(4),
                        row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8))),
                DecisionRecordedEvent.class.getName(), ActionAssignedEvent.class.getName(),
                ConflictLoggedEvent.class.getName(), VisionRevisedEvent.class.getName(), partnerships);
        return streams;
    }

    /** Events per Idempotency-Key, for the keys of this soak. */
    private Map<String, Long> effectsByKey(String keyPrefix) throws SQLException {
        Map<String, Long> effects = new HashMap<>();
        eventStore.forEachRow("""
                        SELECT key, count(*)
                        FROM (SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' AS key
                              FROM domain_event_entry) keyed
                        WHERE starts_with(key, ?) GROUP BY key""",
                row -> effects.put(row.getString(1), row.getLong(2)), keyPrefix);
        return effects;
    }
}
