package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An action item was done: it leaves the open actions.
 *
 * @param partnershipId the partnership
 * @param actionId      the action
 * @param outcome       what came of it, in the partners' words
 * @param completedOn   the day it was done, never after the day it was reported
 */
@Revision("1")
public record ActionCompletedEvent(
        @Uuid String partnershipId,
        @Uuid String actionId,
        String outcome,
        LocalDate completedOn) implements FollowThroughEvent {
}
