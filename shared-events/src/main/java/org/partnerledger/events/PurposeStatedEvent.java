package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partners stated the partnership's specifically identified purpose, or restated it changed.
 *
 * @param partnershipId the partnership
 * @param purpose       the purpose as now stated
 */
@Revision("1")
public record PurposeStatedEvent(
        @Uuid String partnershipId,
        String purpose) implements GovernanceEvent {
}
