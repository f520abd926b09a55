package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A conflict that its current step could not settle was taken one step up the ladder.
 *
 * @param partnershipId the partnership
 * @param conflictId    the conflict
 * @param fromStep      the name of the step it was on
 * @param toStep        the name of the step it is on now
 * @param reason        why the step below could not settle it
 */
@Revision("1")
public record ConflictEscalatedEvent(
        @Uuid String partnershipId,
        @Uuid String conflictId,
        String fromStep,
        String toStep,
        String reason) implements FollowThroughEvent {
}
