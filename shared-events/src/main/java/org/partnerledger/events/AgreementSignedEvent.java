package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The partners signed a memorandum of understanding or a partnership agreement.
 *
 * @param partnershipId           the partnership
 * @param agreementId             the agreement's id (a UUID issued by the server)
 * @param kind                    {@code MOU} or {@code PARTNERSHIP_AGREEMENT}
 * @param title                   the agreement's title
 * @param signatories             ids of the signing partners, at least two
 * @param effectiveOn             the day it takes effect
 * @param reviewBy                the day by which it is to be reviewed, after {@code effectiveOn}
 * @param documentSha256          the SHA-256 of the signed document, 64 lowercase hex digits
 * @param rolesClause             the clause that sets out the partners' roles
 * @param disputeResolutionClause the clause that sets out how disputes are resolved
 */
@Revision("1")
public record AgreementSignedEvent(
        @Uuid String partnershipId,
        @Uuid String agreementId,
        String kind,
        String title,
        List<String> signatories,
        LocalDate effectiveOn,
        LocalDate reviewBy,
        String documentSha256,
        String rolesClause,
        String disputeResolutionClause) implements GovernanceEvent {
}
