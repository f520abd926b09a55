package org.partnerledger.query.projection;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A read model fed by the {@link Projector}: it says how far each partnership's stream has been applied and applies
 * a poll's next events in one go. Both happen inside the projector's transaction, so positions move with the effect.
 */
public interface ReadModel {

    /** The position of a partnership of which nothing has been applied yet. */
    long NOTHING_APPLIED = -1;

    /** A short name for logs and metrics, e.g. {@code dashboard}. */
    String name();

    /**
     * The sequence of the last event applied for each of the partnerships that has one; a partnership left out has
     * {@link #NOTHING_APPLIED}. One call per poll, so one query rather than one per partnership.
     */
    Map<UUID, Long> lastApplied(Set<UUID> partnershipIds);

    /**
     * Applies a poll's events that come next, partnerships interleaved as they were consumed. Each partnership's
     * events are in stream order, without duplicates or gaps, the first being the one after {@link #lastApplied};
     * {@link StreamBatch#of} groups them per partnership.
     */
    void apply(List<EventEnvelope> envelopes);

    /**
     * The check behind every guarded position update ({@code WHERE version = previous}): fewer rows moved than
     * streams means a second consumer got ahead (during a rebalance), and the batch is retried, not applied twice.
     */
    static void requireAllMoved(int streams, int moved) {
        if (moved != streams) {
            throw new OptimisticLockingFailureException("%d of %d partnerships moved on while a batch was applied"
                    .formatted(streams - moved, streams));
        }
    }
}
