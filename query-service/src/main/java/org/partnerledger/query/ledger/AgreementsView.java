package org.partnerledger.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The agreements signed, in force or terminated, with their reviews and amendments. */
public record AgreementsView(UUID partnershipId, long version, Instant asOf, boolean stale,
                             List<Agreement> agreements) {

    /**
     * @param reviewBy    the next review date, as the last review or amendment set it
     * @param termination {@code null} while in force
     */
    public record Agreement(String agreementId, String kind, String title, List<String> signatories,
                            LocalDate effectiveOn, LocalDate reviewBy, List<Review> reviews,
                            List<Amendment> amendments, Termination termination) {
    }

    public record Review(String outcome, LocalDate reviewedOn, LocalDate nextReviewBy, String notes) {
    }

    public record Amendment(String summary, List<String> signatories, LocalDate nextReviewBy, Instant at) {
    }

    public record Termination(LocalDate terminatedOn, String reason) {
    }

    static AgreementsView of(Ledger ledger, Instant asOf, boolean stale) {
        return new AgreementsView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.agreements.entrySet().stream().map(entry -> agreement(entry.getKey(), entry.getValue()))
                        .toList());
    }

    private static Agreement agreement(String id, Ledger.AgreementEntry agreement) {
        return new Agreement(id, agreement.kind, agreement.title, agreement.signatories, agreement.effectiveOn,
                agreement.reviewBy,
                agreement.reviews.stream().map(review -> new Review(review.outcome(), review.reviewedOn(),
                        review.nextReviewBy(), review.notes())).toList(),
                agreement.amendments.stream().map(amendment -> new Amendment(amendment.summary(),
                        amendment.signatories(), amendment.nextReviewBy(), amendment.at())).toList(),
                agreement.terminatedOn == null ? null
                        : new Termination(agreement.terminatedOn, agreement.terminationReason));
    }
}
