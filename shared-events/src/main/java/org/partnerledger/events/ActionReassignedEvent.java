package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * An open action item changed hands: the partner responsible for the work, the one accountable for it, or both.
 *
 * @param partnershipId the partnership
 * @param actionId      the action
 * @param responsible   the id of the partner who does the work from now on (unchanged ones are repeated)
 * @param accountable   the id of the partner who answers for it from now on (unchanged ones are repeated)
 * @param reason        why it changed hands
 */
@Revision("1")
public record ActionReassignedEvent(
        @Uuid String partnershipId,
        @Uuid String actionId,
        String responsible,
        String accountable,
        String reason) implements FollowThroughEvent {
}
