package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A partner recorded an asset it brings to the partnership.
 *
 * @param partnershipId the partnership
 * @param assetId       the entry's id (a UUID issued by the server)
 * @param partner       the id of the partner that brings it
 * @param kind          {@code PEOPLE}, {@code PLACES}, {@code INSTITUTIONS}, {@code FUNDING} or {@code
 *                      EXPERTISE}
 * @param description   what the asset is
 */
@Revision("1")
public record PartnerAssetRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String assetId,
        String partner,
        String kind,
        String description) implements GovernanceEvent {
}
