package org.partnerledger.query.projection;

import java.util.UUID;

/**
 * A read model fed by the {@link Projector}: it says how far each partnership's stream has been applied and applies
 * the next event. Both happen inside the projector's transaction, so the position moves with the effect.
 */
public interface ReadModel {

    /** The position of a partnership of which nothing has been applied yet. */
    long NOTHING_APPLIED = -1;

    /** A short name for logs and metrics, e.g. {@code dashboard}. */
    String name();

    /** The sequence of the last event applied for the partnership, or {@link #NOTHING_APPLIED}. */
    long lastApplied(UUID partnershipId);

    /** Applies the partnership's next event: called only with sequence {@code lastApplied + 1}. */
    void apply(EventEnvelope envelope);
}
