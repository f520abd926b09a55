package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An agreement was terminated; it changes no more.
 *
 * @param partnershipId the partnership
 * @param agreementId   the agreement
 * @param reason        why it ended
 * @param terminatedOn  the day it ends
 */
@Revision("1")
public record AgreementTerminatedEvent(
        @Uuid String partnershipId,
        @Uuid String agreementId,
        String reason,
        LocalDate terminatedOn) implements GovernanceEvent {
}
