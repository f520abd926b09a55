package org.partnerledger.command.partnership.conflict;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Partnership;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.events.ConflictEscalatedEvent;
import org.partnerledger.events.ConflictLadderAgreedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.ConflictReopenedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;

import java.util.List;

import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class ConflictsTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String CONFLICT = "c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
    private static final String DECISION = "0d7a3e8c-5b0f-4a61-8f6e-31c4b0a2d9e7";
    private static final List<String> TWO_STEPS = List.of("Talk it through", "Board vote");
    private static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of()),
            List.of(new Partner("abc", "ABC", Partner.derivedOrganisationId("abc"), null),
                    new Partner("rcsd", "City Schools", Partner.derivedOrganisationId("rcsd"), null)), "abc", null);
    private static final ConflictLoggedEvent LOGGED = new ConflictLoggedEvent(ID, CONFLICT, "Data sharing",
            "No agreement yet", List.of("abc", "rcsd"), "HIGH");
    private static final ConflictResolvedEvent RESOLVED = new ConflictResolvedEvent(ID, CONFLICT,
            "Share quarterly", List.of("abc", "rcsd"), null);

    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.signedInAsCoordinator(new AggregateTestFixture<>(Partnership.class));
    }

    @Test
    void agreeingTheFirstLadderIsItsFirstRevision() {
        fixture.given(FORMED)
                .when(new AgreeConflictLadderCommand(ID, null, TWO_STEPS, "Agreed"))
                .expectEvents(new ConflictLadderAgreedEvent(ID, TWO_STEPS, 1, "Agreed"))
                .expectResultMessagePayload(new CommandResult(null, 1));
    }

    @Test
    void agreeingTheDefaultLadderExplicitlyIsAnAgreement() {
        fixture.given(FORMED)
                .when(new AgreeConflictLadderCommand(ID, null, Conflicts.DEFAULT_LADDER, "Agreed"))
                .expectEvents(new ConflictLadderAgreedEvent(ID, Conflicts.DEFAULT_LADDER, 1, "Agreed"));
    }

    @Test
    void amendingTheLadderRaisesItsRevision() {
        fixture.given(FORMED, new ConflictLadderAgreedEvent(ID, TWO_STEPS, 1, "Agreed"))
                .when(new AgreeConflictLadderCommand(ID, null, Conflicts.DEFAULT_LADDER, "Agreed"))
                .expectEvents(new ConflictLadderAgreedEvent(ID, Conflicts.DEFAULT_LADDER, 2, "Agreed"));
    }

    @Test
    void amendingTheLadderToWhatItAlreadyIsIsRejected() {
        fixture.given(FORMED, new ConflictLadderAgreedEvent(ID, TWO_STEPS, 1, "Agreed"))
                .when(new AgreeConflictLadderCommand(ID, null, TWO_STEPS, "Agreed"))
                .expectException(rejectedWith("CONFLICT_LADDER_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void aLadderThatNamesAStepTwiceIsRejected() {
        fixture.given(FORMED)
                .when(new AgreeConflictLadderCommand(ID, null, List.of("Board vote", "Talk", "board vote "),
                        "Agreed"))
                .expectException(rejectedWith("CONFLICT_LADDER_STEP_REPEATED"))
                .expectNoEvents();
    }

    @Test
    void aConflictLoggedBeforeAnyLadderClimbsTheDefaultOne() {
        fixture.given(FORMED, LOGGED)
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "Two talks failed"))
                .expectEvents(new ConflictEscalatedEvent(ID, CONFLICT, "Direct conversation",
                        "Coordinator mediation", "Two talks failed"))
                .expectResultMessagePayload(new CommandResult(CONFLICT, 2));
    }

    @Test
    void aConflictStartsOnTheFirstStepOfTheAgreedLadder() {
        fixture.given(FORMED, new ConflictLadderAgreedEvent(ID, TWO_STEPS, 1, "Agreed"), LOGGED)
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "No agreement"))
                .expectEvents(new ConflictEscalatedEvent(ID, CONFLICT, "Talk it through", "Board vote",
                        "No agreement"));
    }

    @Test
    void escalatingAConflictAtTheTopOfTheLadderIsRejected() {
        fixture.given(FORMED, new ConflictLadderAgreedEvent(ID, TWO_STEPS, 1, "Agreed"), LOGGED,
                        new ConflictEscalatedEvent(ID, CONFLICT, "Talk it through", "Board vote", "No agreement"))
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "Still none"))
                .expectException(rejectedWith("CONFLICT_AT_TOP_OF_LADDER"))
                .expectNoEvents();
    }

    @Test
    void anOpenConflictKeepsItsStepByNameAcrossAnAmendment() {
        List<String> amended = List.of("Coordinator mediation", "Direct conversation", "Outside mediator");
        fixture.given(FORMED, LOGGED, new ConflictLadderAgreedEvent(ID, amended, 1, "Agreed"))
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "No agreement"))
                .expectEvents(new ConflictEscalatedEvent(ID, CONFLICT, "Direct conversation", "Outside mediator",
                        "No agreement"));
    }

    @Test
    void anAmendmentThatOnlyRecasesAStepKeepsTheConflictsOnItWhereTheyAre() {
        List<String> recased = List.of("direct conversation ", "Coordinator mediation", "Steering committee");
        fixture.given(FORMED, LOGGED, new ConflictLadderAgreedEvent(ID, recased, 1, "Agreed"))
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "No agreement"))
                .expectEvents(new ConflictEscalatedEvent(ID, CONFLICT, "Direct conversation", "Coordinator mediation",
                        "No agreement"));
    }

    @Test
    void escalatingAConflictThePartnershipNeverLoggedIsRejectedAsNotFound() {
        fixture.given(FORMED)
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "Why"))
                .expectException(rejectedWith("CONFLICT_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void escalatingAResolvedConflictIsRejected() {
        fixture.given(FORMED, LOGGED, RESOLVED)
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "Why"))
                .expectException(rejectedWith("CONFLICT_RESOLVED"))
                .expectNoEvents();
    }

    @Test
    void resolvingAnOpenConflictResolvesItWithoutADecision() {
        fixture.given(FORMED, LOGGED)
                .when(resolve(List.of("abc", "rcsd"), null))
                .expectEvents(RESOLVED)
                .expectResultMessagePayload(new CommandResult(null, 2));
    }

    @Test
    void resolvingWithADecisionRecordsTheDecisionOfThoseWhoAgreedFirst() {
        fixture.given(FORMED, LOGGED)
                .when(resolve(List.of("abc", "rcsd"), new ResolveConflictCommand.Decision("Share quarterly",
                        "Both boards can live with it")))
                .expectEvents(new DecisionRecordedEvent(ID, DECISION, "Share quarterly",
                                "Both boards can live with it", List.of("abc", "rcsd"), null, null, null, List.of()),
                        new ConflictResolvedEvent(ID, CONFLICT, "Share quarterly", List.of("abc", "rcsd"), DECISION))
                .expectResultMessagePayload(new CommandResult(DECISION, 3));
    }

    @Test
    void resolvingAResolvedConflictIsRejected() {
        fixture.given(FORMED, LOGGED, RESOLVED)
                .when(resolve(List.of("abc"), null))
                .expectException(rejectedWith("CONFLICT_RESOLVED"))
                .expectNoEvents();
    }

    @Test
    void aResolutionAgreedByAStrangerIsRejected() {
        fixture.given(FORMED, LOGGED)
                .when(resolve(List.of("abc", "county"), null))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void aResolutionThatNamesAPartnerTwiceIsRejected() {
        fixture.given(FORMED, LOGGED)
                .when(resolve(List.of("abc", "abc"), null))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void resolvingAConflictThePartnershipNeverLoggedIsRejectedAsNotFound() {
        fixture.given(FORMED)
                .when(resolve(List.of("abc"), null))
                .expectException(rejectedWith("CONFLICT_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void reopeningAResolvedConflictPutsItBackOnTheStepItWasResolvedAt() {
        fixture.given(FORMED, LOGGED, new ConflictEscalatedEvent(ID, CONFLICT, "Direct conversation",
                        "Coordinator mediation", "No agreement"), RESOLVED,
                        new ConflictReopenedEvent(ID, CONFLICT, "It did not hold"))
                .when(new EscalateConflictCommand(ID, null, CONFLICT, "Mediation failed"))
                .expectEvents(new ConflictEscalatedEvent(ID, CONFLICT, "Coordinator mediation",
                        "Steering committee", "Mediation failed"));
    }

    @Test
    void reopeningAResolvedConflictReopensIt() {
        fixture.given(FORMED, LOGGED, RESOLVED)
                .when(new ReopenConflictCommand(ID, null, CONFLICT, "It did not hold"))
                .expectEvents(new ConflictReopenedEvent(ID, CONFLICT, "It did not hold"))
                .expectResultMessagePayload(new CommandResult(CONFLICT, 3));
    }

    @Test
    void reopeningAnOpenConflictIsRejected() {
        fixture.given(FORMED, LOGGED)
                .when(new ReopenConflictCommand(ID, null, CONFLICT, "Why"))
                .expectException(rejectedWith("CONFLICT_OPEN"))
                .expectNoEvents();
    }

    @Test
    void reopeningAConflictThePartnershipNeverLoggedIsRejectedAsNotFound() {
        fixture.given(FORMED)
                .when(new ReopenConflictCommand(ID, null, CONFLICT, "Why"))
                .expectException(rejectedWith("CONFLICT_NOT_FOUND"))
                .expectNoEvents();
    }

    private static ResolveConflictCommand resolve(List<String> agreedBy, ResolveConflictCommand.Decision decision) {
        return new ResolveConflictCommand(ID, null, CONFLICT, "Share quarterly", agreedBy, DECISION, decision);
    }
}
