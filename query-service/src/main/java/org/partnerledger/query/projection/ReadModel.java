package org.partnerledger.query.projection;

import org.springframework.dao.OptimisticLockingFailureException;

import java.util.List;
import java.util.Optional;

/**
 * A read model fed by the {@link Projector}: it applies a poll's next events in one go, inside the projector's
 * transaction, and its positions move with the effect: the projector moves those kept in a positions table
 * ({@link #positionsTable}), a read model that keeps them its own way moves them in {@link #apply}. Where it stands is
 * read for every read model at once ({@link ReadModelPositions}): its positions must be in the view
 * {@code read_model_positions} under its {@link #name}.
 */
public interface ReadModel {

    /** The position of a partnership of which nothing has been applied yet. */
    long NOTHING_APPLIED = -1;

    /** A short name for logs and metrics, and its positions' in {@code read_model_positions}, e.g. {@code ledger}. */
    String name();

    /**
     * Applies a poll's events that come next, partnerships interleaved as they were consumed. Each partnership's
     * events are in stream order, without duplicates or gaps, the first being the one after where it stands;
     * {@link StreamBatch#of} groups them per partnership.
     */
    void apply(List<EventEnvelope> envelopes);

    /**
     * The table ({@link StreamPositions}) in which the projector keeps this read model's positions, moving them
     * before {@link #apply}, in one statement for every such read model; empty for a read model that keeps them its
     * own way.
     */
    default Optional<String> positionsTable() {
        return Optional.empty();
    }

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
