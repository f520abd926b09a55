package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The RACI roles of an area of work were assigned, or reassigned: this assignment replaces any before it.
 *
 * @param partnershipId the partnership
 * @param areaId        the area
 * @param responsible   ids of the partners who do the work, at least one
 * @param accountable   the id of the one partner who answers for the area
 * @param consulted     ids of partners consulted, possibly empty
 * @param informed      ids of partners kept informed, possibly empty
 * @param rationale     why the roles are assigned so, or {@code null}
 */
@Revision("1")
public record RaciRolesAssignedEvent(
        @Uuid String partnershipId,
        @Uuid String areaId,
        List<String> responsible,
        String accountable,
        List<String> consulted,
        List<String> informed,
        @Nullable String rationale) implements GovernanceEvent {
}
