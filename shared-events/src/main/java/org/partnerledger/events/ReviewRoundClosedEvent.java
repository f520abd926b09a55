package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A review round was closed: it takes no more ratings.
 *
 * @param partnershipId the partnership
 * @param roundId       the round
 * @param summary       what the partners took from it, or {@code null}
 */
@Revision("1")
public record ReviewRoundClosedEvent(
        @Uuid String partnershipId,
        @Uuid String roundId,
        @Nullable String summary) implements ReviewEvent {
}
