package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * A grant that funds the partnership was recorded.
 *
 * @param partnershipId        the partnership
 * @param grantId              the grant's id (a UUID issued by the server)
 * @param funderOrganisationId the funder's organisation id
 * @param funderName           the funder's name
 * @param grantNumber          the funder's number for the grant, unique within the partnership
 * @param periodStart          the grant period's first day
 * @param periodEnd            the grant period's last day, after {@code periodStart}
 */
@Revision("1")
public record GrantRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String grantId,
        @Uuid String funderOrganisationId,
        String funderName,
        String grantNumber,
        LocalDate periodStart,
        LocalDate periodEnd) implements GovernanceEvent {
}
