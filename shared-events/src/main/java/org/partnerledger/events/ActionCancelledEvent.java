package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * An open action item was dropped without being done: it leaves the open actions.
 *
 * @param partnershipId the partnership
 * @param actionId      the action
 * @param reason        why it is no longer to be done
 */
@Revision("1")
public record ActionCancelledEvent(
        @Uuid String partnershipId,
        @Uuid String actionId,
        String reason) implements FollowThroughEvent {
}
