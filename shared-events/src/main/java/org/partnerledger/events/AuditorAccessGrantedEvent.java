package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partnership gave an auditor organisation access to it; the organisation was none of its current partners.
 *
 * @param partnershipId         the partnership
 * @param auditorOrganisationId the auditor's organisation id
 * @param note                  what the access is for, or {@code null}
 */
@Revision("1")
public record AuditorAccessGrantedEvent(
        @Uuid String partnershipId,
        @Uuid String auditorOrganisationId,
        @Nullable String note) implements GovernanceEvent {
}
