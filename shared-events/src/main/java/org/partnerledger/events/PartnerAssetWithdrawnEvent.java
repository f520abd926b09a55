package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * An asset entry was withdrawn: the partner no longer brings it.
 *
 * @param partnershipId the partnership
 * @param assetId       the entry withdrawn
 * @param reason        why
 */
@Revision("1")
public record PartnerAssetWithdrawnEvent(
        @Uuid String partnershipId,
        @Uuid String assetId,
        String reason) implements GovernanceEvent {
}
