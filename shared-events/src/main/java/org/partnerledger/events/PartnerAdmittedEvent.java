package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * An organisation was admitted as a partner of the partnership.
 *
 * @param partnershipId the partnership
 * @param partner       the partner admitted, with its short id, name, organisation id and sector
 */
@Revision("1")
public record PartnerAdmittedEvent(
        @Uuid String partnershipId,
        Partner partner) implements GovernanceEvent {
}
