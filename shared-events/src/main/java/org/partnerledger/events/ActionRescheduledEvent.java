package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An open action item got a new deadline.
 *
 * @param partnershipId   the partnership
 * @param actionId        the action
 * @param dueDate         the new deadline
 * @param previousDueDate the deadline it replaces
 * @param reason          why it moved
 */
@Revision("1")
public record ActionRescheduledEvent(
        @Uuid String partnershipId,
        @Uuid String actionId,
        LocalDate dueDate,
        LocalDate previousDueDate,
        String reason) implements FollowThroughEvent {
}
