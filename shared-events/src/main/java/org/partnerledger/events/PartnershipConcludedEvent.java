package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partnership concluded its work: it is the last event of its stream, and every later command is refused.
 *
 * @param partnershipId the partnership
 * @param closingNote   what the partners record as they close
 */
@Revision("1")
public record PartnershipConcludedEvent(
        @Uuid String partnershipId,
        String closingNote) implements GovernanceEvent {
}
