package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * An area of work was defined, for which the partners then assign RACI roles.
 *
 * @param partnershipId the partnership
 * @param areaId        the area's id (a UUID issued by the server)
 * @param name          the area's name
 * @param description   what the area covers
 */
@Revision("1")
public record RaciAreaDefinedEvent(
        @Uuid String partnershipId,
        @Uuid String areaId,
        String name,
        String description) implements GovernanceEvent {
}
