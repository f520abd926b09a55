package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * An agreement was amended: the amended document replaces the signed one.
 *
 * @param partnershipId  the partnership
 * @param agreementId    the agreement
 * @param summary        what changed
 * @param documentSha256 the SHA-256 of the amended document, 64 lowercase hex digits
 * @param signatories    ids of the partners who signed the amendment, at least two
 * @param nextReviewBy   the new day by which it is to be reviewed, or {@code null} to keep the one before
 */
@Revision("1")
public record AgreementAmendedEvent(
        @Uuid String partnershipId,
        @Uuid String agreementId,
        String summary,
        String documentSha256,
        List<String> signatories,
        @Nullable LocalDate nextReviewBy) implements GovernanceEvent {
}
