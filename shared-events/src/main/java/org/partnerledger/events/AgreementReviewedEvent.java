package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The partners reviewed an agreement, as it asked them to.
 *
 * @param partnershipId the partnership
 * @param agreementId   the agreement
 * @param outcome       {@code CONFIRMED} or {@code AMENDED}
 * @param reviewedOn    the day of the review
 * @param nextReviewBy  the day by which it is to be reviewed again
 * @param notes         what the review found, or {@code null}
 */
@Revision("1")
public record AgreementReviewedEvent(
        @Uuid String partnershipId,
        @Uuid String agreementId,
        String outcome,
        LocalDate reviewedOn,
        LocalDate nextReviewBy,
        @Nullable String notes) implements GovernanceEvent {
}
