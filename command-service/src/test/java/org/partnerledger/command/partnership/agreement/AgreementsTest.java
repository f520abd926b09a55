package org.partnerledger.command.partnership.agreement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.events.AgreementAmendedEvent;
import org.partnerledger.events.AgreementReviewedEvent;
import org.partnerledger.events.AgreementSignedEvent;
import org.partnerledger.events.AgreementTerminatedEvent;
import org.partnerledger.events.PartnershipFormedEvent;

import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.TODAY;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partnershipFixture;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class AgreementsTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd", "county");
    private static final String AGREEMENT = "3c9e1f2a-5b7d-4e8f-9a0b-1c2d3e4f5a6b";
    private static final String OTHER = "7b6a5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d";
    private static final String SIGNED_SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String AMENDED_SHA = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final LocalDate EFFECTIVE = LocalDate.of(2026, 1, 1);
    private static final LocalDate REVIEW_BY = LocalDate.of(2026, 12, 31);
    private static final List<String> SIGNATORIES = List.of("abc", "rcsd");
    private static final AgreementSignedEvent SIGNED = new AgreementSignedEvent(ID, AGREEMENT, "MOU", "Our MOU",
            SIGNATORIES, EFFECTIVE, REVIEW_BY, SIGNED_SHA, "ABC coordinates", "Steering committee, then mediation");
    private static final AgreementTerminatedEvent TERMINATED =
            new AgreementTerminatedEvent(ID, AGREEMENT, "Replaced", TODAY);

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = partnershipFixture();
    }

    @Test
    void signingAnAgreementSignsIt() {
        fixture.given(FORMED)
                .when(sign(SIGNATORIES, EFFECTIVE, REVIEW_BY))
                .expectEvents(SIGNED)
                .expectResultMessagePayload(new CommandResult(AGREEMENT, 1));
    }

    @Test
    void anAgreementToBeReviewedOnTheDayItTakesEffectIsRejected() {
        fixture.given(FORMED)
                .when(sign(SIGNATORIES, EFFECTIVE, EFFECTIVE))
                .expectException(rejectedWith("REVIEW_DATE_BEFORE_EFFECTIVE"))
                .expectNoEvents();
    }

    @Test
    void anAgreementToBeReviewedMoreThanTenYearsAwayIsRejected() {
        fixture.given(FORMED)
                .when(sign(SIGNATORIES, EFFECTIVE, TODAY.plusYears(11)))
                .expectException(rejectedWith("DUE_DATE_TOO_FAR"))
                .expectNoEvents();
    }

    @Test
    void anAgreementSignedByOnePartnerIsRejected() {
        fixture.given(FORMED)
                .when(sign(List.of("abc"), EFFECTIVE, REVIEW_BY))
                .expectException(rejectedWith("AGREEMENT_NEEDS_TWO_SIGNATORIES"))
                .expectNoEvents();
    }

    @Test
    void anAgreementSignedTwiceByOnePartnerIsRejected() {
        fixture.given(FORMED)
                .when(sign(List.of("abc", "abc"), EFFECTIVE, REVIEW_BY))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void anAgreementSignedByAnOrganisationThatIsNotAPartnerIsRejected() {
        fixture.given(FORMED)
                .when(sign(List.of("abc", "stranger"), EFFECTIVE, REVIEW_BY))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void reviewingAnAgreementRecordsTheReview() {
        fixture.given(FORMED, SIGNED)
                .when(review(AGREEMENT, TODAY, TODAY.plusYears(1)))
                .expectEvents(new AgreementReviewedEvent(ID, AGREEMENT, "CONFIRMED", TODAY, TODAY.plusYears(1),
                        "Still fits"))
                .expectResultMessagePayload(new CommandResult(AGREEMENT, 2));
    }

    @Test
    void reviewingAnUnknownAgreementIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(review(OTHER, TODAY, TODAY.plusYears(1)))
                .expectException(rejectedWith("AGREEMENT_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void aReviewDatedBeforeTheAgreementTookEffectIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(review(AGREEMENT, EFFECTIVE.minusDays(1), TODAY.plusYears(1)))
                .expectException(rejectedWith("REVIEW_DATE_BEFORE_EFFECTIVE"))
                .expectNoEvents();
    }

    @Test
    void aReviewThatHasNotHappenedAnywhereYetIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(review(AGREEMENT, TODAY.plusDays(2), TODAY.plusYears(1)))
                .expectException(rejectedWith("REVIEW_DATE_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void aNextReviewThatDoesNotComeAfterTheReviewIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(review(AGREEMENT, TODAY, TODAY))
                .expectException(rejectedWith("NEXT_REVIEW_NOT_AFTER_REVIEW"))
                .expectNoEvents();
    }

    @Test
    void aNextReviewMoreThanTenYearsAwayIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(review(AGREEMENT, TODAY, TODAY.plusYears(11)))
                .expectException(rejectedWith("DUE_DATE_TOO_FAR"))
                .expectNoEvents();
    }

    @Test
    void anAmendmentSignedByOnePartnerIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(new AmendAgreementCommand(ID, null, AGREEMENT, "The county joins", AMENDED_SHA,
                        List.of("county"), null))
                .expectException(rejectedWith("AGREEMENT_NEEDS_TWO_SIGNATORIES"))
                .expectNoEvents();
    }

    @Test
    void anAmendmentToBeReviewedMoreThanTenYearsAwayIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(amend(AMENDED_SHA, TODAY.plusYears(11)))
                .expectException(rejectedWith("DUE_DATE_TOO_FAR"))
                .expectNoEvents();
    }

    @Test
    void amendingAnAgreementRecordsTheAmendedDocument() {
        fixture.given(FORMED, SIGNED)
                .when(amend(AMENDED_SHA, TODAY.plusYears(1)))
                .expectEvents(new AgreementAmendedEvent(ID, AGREEMENT, "The county joins", AMENDED_SHA,
                        List.of("abc", "county"), TODAY.plusYears(1)));
    }

    @Test
    void amendingAnAgreementWithTheDocumentItHoldsIsRejected() {
        fixture.given(FORMED, SIGNED, new AgreementAmendedEvent(ID, AGREEMENT, "The county joins", AMENDED_SHA,
                        List.of("abc", "county"), null))
                .when(amend(AMENDED_SHA, null))
                .expectException(rejectedWith("AGREEMENT_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void anAmendmentToBeReviewedBeforeTheAgreementTookEffectIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(amend(AMENDED_SHA, EFFECTIVE.minusDays(1)))
                .expectException(rejectedWith("REVIEW_DATE_BEFORE_EFFECTIVE"))
                .expectNoEvents();
    }

    @Test
    void terminatingAnAgreementTerminatesIt() {
        fixture.given(FORMED, SIGNED)
                .when(new TerminateAgreementCommand(ID, null, AGREEMENT, "Replaced", TODAY))
                .expectEvents(TERMINATED);
    }

    @Test
    void terminatingAnAgreementBeforeItTakesEffectIsRejected() {
        fixture.given(FORMED, SIGNED)
                .when(new TerminateAgreementCommand(ID, null, AGREEMENT, "Replaced", EFFECTIVE.minusDays(1)))
                .expectException(rejectedWith("TERMINATION_BEFORE_EFFECTIVE"))
                .expectNoEvents();
    }

    @Test
    void reviewingATerminatedAgreementIsRejected() {
        fixture.given(FORMED, SIGNED, TERMINATED)
                .when(review(AGREEMENT, TODAY, TODAY.plusYears(1)))
                .expectException(rejectedWith("AGREEMENT_TERMINATED"))
                .expectNoEvents();
    }

    @Test
    void amendingATerminatedAgreementIsRejected() {
        fixture.given(FORMED, SIGNED, TERMINATED)
                .when(amend(AMENDED_SHA, null))
                .expectException(rejectedWith("AGREEMENT_TERMINATED"))
                .expectNoEvents();
    }

    @Test
    void terminatingATerminatedAgreementIsRejected() {
        fixture.given(FORMED, SIGNED, TERMINATED)
                .when(new TerminateAgreementCommand(ID, null, AGREEMENT, "Again", TODAY))
                .expectException(rejectedWith("AGREEMENT_TERMINATED"))
                .expectNoEvents();
    }

    private static SignAgreementCommand sign(List<String> signatories, LocalDate effectiveOn, LocalDate reviewBy) {
        return new SignAgreementCommand(ID, null, AGREEMENT, AgreementKind.MOU, "Our MOU", signatories,
                effectiveOn, reviewBy, SIGNED_SHA, "ABC coordinates", "Steering committee, then mediation");
    }

    private static ReviewAgreementCommand review(String agreementId, LocalDate reviewedOn, LocalDate nextReviewBy) {
        return new ReviewAgreementCommand(ID, null, agreementId, ReviewOutcome.CONFIRMED, reviewedOn, nextReviewBy,
                "Still fits");
    }

    private static AmendAgreementCommand amend(String documentSha256, LocalDate nextReviewBy) {
        return new AmendAgreementCommand(ID, null, AGREEMENT, "The county joins", documentSha256,
                List.of("abc", "county"), nextReviewBy);
    }
}
