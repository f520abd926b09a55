package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partnership appointed its dedicated coordinator.
 *
 * @param partnershipId     the partnership
 * @param coordinator       the id of the partner that now coordinates the partnership
 * @param coordinatorPerson the subject id of the person who coordinates for it, or {@code null}
 */
@Revision("1")
public record CoordinatorAppointedEvent(
        @Uuid String partnershipId,
        String coordinator,
        @Nullable String coordinatorPerson) implements GovernanceEvent {
}
