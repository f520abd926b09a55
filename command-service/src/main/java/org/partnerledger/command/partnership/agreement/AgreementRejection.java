package org.partnerledger.command.partnership.agreement;

import org.partnerledger.web.Rejection;

import java.time.LocalDate;

/** A change to an agreement refused by one of its rules. */
final class AgreementRejection extends Rejection {

    private AgreementRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static AgreementRejection notFound(String agreementId) {
        return new AgreementRejection("AGREEMENT_NOT_FOUND", NOT_FOUND,
                "No agreement %s in this partnership.".formatted(agreementId));
    }

    static AgreementRejection terminated(String agreementId) {
        return new AgreementRejection("AGREEMENT_TERMINATED", CONFLICT,
                "The agreement %s was terminated; it changes no more.".formatted(agreementId));
    }

    static AgreementRejection reviewDateBeforeEffective(LocalDate date, LocalDate effectiveOn) {
        return new AgreementRejection("REVIEW_DATE_BEFORE_EFFECTIVE", UNPROCESSABLE,
                "The review date %s is not after the day the agreement takes effect, %s."
                        .formatted(date, effectiveOn));
    }

    static AgreementRejection nextReviewNotAfterReview(LocalDate nextReviewBy, LocalDate reviewedOn) {
        return new AgreementRejection("NEXT_REVIEW_NOT_AFTER_REVIEW", UNPROCESSABLE,
                "The next review, by %s, must come after this one, on %s.".formatted(nextReviewBy, reviewedOn));
    }

    static AgreementRejection reviewInFuture(LocalDate reviewedOn) {
        return new AgreementRejection("REVIEW_DATE_IN_FUTURE", UNPROCESSABLE,
                "A review on %s has not happened yet.".formatted(reviewedOn));
    }

    static AgreementRejection needsTwoSignatories() {
        return new AgreementRejection("AGREEMENT_NEEDS_TWO_SIGNATORIES", UNPROCESSABLE,
                "An agreement is signed by at least two distinct partners.");
    }

    static AgreementRejection unchanged(String agreementId) {
        return new AgreementRejection("AGREEMENT_UNCHANGED", UNPROCESSABLE,
                "The amendment's document is the one agreement %s already holds.".formatted(agreementId));
    }

    static AgreementRejection terminationBeforeEffective(LocalDate terminatedOn, LocalDate effectiveOn) {
        return new AgreementRejection("TERMINATION_BEFORE_EFFECTIVE", UNPROCESSABLE,
                "The agreement cannot end on %s, before it takes effect on %s.".formatted(terminatedOn,
                        effectiveOn));
    }
}
