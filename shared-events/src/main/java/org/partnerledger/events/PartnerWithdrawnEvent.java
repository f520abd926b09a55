package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A partner left the partnership; it no longer decides, owns or is named in what comes after.
 *
 * @param partnershipId the partnership
 * @param partner       the id of the partner withdrawn
 * @param reason        why it withdrew
 */
@Revision("1")
public record PartnerWithdrawnEvent(
        @Uuid String partnershipId,
        String partner,
        String reason) implements GovernanceEvent {
}
