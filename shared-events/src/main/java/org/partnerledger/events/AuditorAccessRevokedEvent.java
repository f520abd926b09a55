package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partnership took back an auditor organisation's access to it.
 *
 * @param partnershipId         the partnership
 * @param auditorOrganisationId the auditor's organisation id, one that had access
 * @param reason                why the access ended, or {@code null}
 */
@Revision("1")
public record AuditorAccessRevokedEvent(
        @Uuid String partnershipId,
        @Uuid String auditorOrganisationId,
        @Nullable String reason) implements GovernanceEvent {
}
