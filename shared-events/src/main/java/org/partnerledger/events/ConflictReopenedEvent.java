package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A resolved conflict came back: it is open again on the step it was resolved at.
 *
 * @param partnershipId the partnership
 * @param conflictId    the conflict
 * @param reason        why the resolution did not hold
 */
@Revision("1")
public record ConflictReopenedEvent(
        @Uuid String partnershipId,
        @Uuid String conflictId,
        String reason) implements FollowThroughEvent {
}
