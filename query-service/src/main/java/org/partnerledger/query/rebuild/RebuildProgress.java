package org.partnerledger.query.rebuild;

import java.time.Instant;
import java.util.Map;

/**
 * How far the rebuild is, as {@code GET /api/admin/rebuild} answers it.
 *
 * @param eventsDone      the events every read model of the shadow schema holds: the least, over the read models, of
 *                        their positions summed ({@code version + 1} per partnership)
 * @param eventsTotal     the same figure for the live read models, the most of them: what the shadow has to reach
 * @param readModels      each shadow read model's events, by name
 * @param eventsPerSecond {@code eventsDone} over the time since the start
 * @param secondsLeft     at that rate, until {@code eventsTotal}; {@code null} before the first event
 * @param differingRows   per read-model table, the rows that differed between the live and the rebuilt tables at the
 *                        switch (both ways); empty until then
 * @param failure         why it failed, or {@code null}
 */
public record RebuildProgress(RebuildState state, Instant startedAt, Instant finishedAt, long eventsDone,
                              long eventsTotal, Map<String, Long> readModels, double eventsPerSecond,
                              Long secondsLeft, Map<String, Long> differingRows, String failure) {

    static final RebuildProgress IDLE = new RebuildProgress(RebuildState.IDLE, null, null, 0, 0, Map.of(), 0, null,
            Map.of(), null);

    static RebuildProgress started(Instant at) {
        return new RebuildProgress(RebuildState.REBUILDING, at, null, 0, 0, Map.of(), 0, null, Map.of(), null);
    }

    RebuildProgress counted(Map<String, Long> shadow, long total, Instant now) {
        long done = shadow.values().stream().mapToLong(Long::longValue).min().orElse(0);
        double seconds = Math.max(0.001, (now.toEpochMilli() - startedAt.toEpochMilli()) / 1000.0);
        double rate = done / seconds;
        Long left = rate > 0 ? (long) Math.ceil(Math.max(0, total - done) / rate) : null;
        return new RebuildProgress(state, startedAt, finishedAt, done, total, Map.copyOf(shadow), rate, left,
                differingRows, failure);
    }

    RebuildProgress in(RebuildState next) {
        return new RebuildProgress(next, startedAt, finishedAt, eventsDone, eventsTotal, readModels, eventsPerSecond,
                secondsLeft, differingRows, failure);
    }

    RebuildProgress done(Map<String, Long> differing, Instant at) {
        return new RebuildProgress(RebuildState.DONE, startedAt, at, eventsDone, eventsTotal, readModels,
                eventsPerSecond, 0L, Map.copyOf(differing), null);
    }

    RebuildProgress failed(String why, Instant at) {
        return new RebuildProgress(RebuildState.FAILED, startedAt, at, eventsDone, eventsTotal, readModels,
                eventsPerSecond, null, differingRows, why);
    }
}
