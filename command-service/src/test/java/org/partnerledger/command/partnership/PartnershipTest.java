package org.partnerledger.command.partnership;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class PartnershipTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String DECISION = "0d7a3e8c-5b0f-4a61-8f6e-31c4b0a2d9e7";
    private static final String ACTION = "a3b1c9d2-7e64-4f0a-b5c8-9d2e1f3a4b5c";
    private static final String CONFLICT = "c7d8e9f0-1a2b-4c3d-8e4f-5a6b7c8d9e0f";
    /** Noon UTC on 24 November 2026: still the 24th everywhere from UTC-12 to UTC+11. */
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Vision VISION = new Vision("Every family reaches a living wage", List.of("200 jobs"));
    private static final List<Partner> PARTNERS =
            List.of(PartnershipFixtures.partner("abc"), PartnershipFixtures.partner("rcsd"));
    private static final PartnershipFormedEvent FORMED =
            new PartnershipFormedEvent(ID, "Working Families", VISION, PARTNERS, "abc", null);
    private static final DecisionRecordedEvent DECIDED =
            new DecisionRecordedEvent(ID, DECISION, "Meet monthly", "Time for the work", List.of("abc", "rcsd"),
                    null, null, null, List.of());

    /** Stands in for the table that the transaction storing a DecisionRecordedEvent writes to. */
    private final Set<String> recordedDecisions = new HashSet<>();
    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.signedInAsCoordinator(new AggregateTestFixture<>(Partnership.class));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((Decisions) (partnership, decision) ->
                recordedDecisions.contains(partnership + "/" + decision));
    }

    @Test
    void formingAPartnershipWithItsCoordinatorAmongThePartnersFormsIt() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnershipCommand(ID, "Working Families", VISION, PARTNERS, "abc", null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(FORMED);
    }

    @Test
    void formingAPartnershipWhoseCoordinatorIsNotAPartnerIsRejected() {
        fixture.givenNoPriorActivity()
                .when(new FormPartnershipCommand(ID, "Working Families", VISION, PARTNERS, "county", null))
                .expectException(rejectedWith("COORDINATOR_NOT_A_PARTNER"))
                .expectNoEvents();
    }

    @Test
    void formingAPartnershipThatNamesAPartnerTwiceIsRejected() {
        List<Partner> twice = List.of(PartnershipFixtures.partner("abc"), PartnershipFixtures.partner("abc"));
        fixture.givenNoPriorActivity()
                .when(new FormPartnershipCommand(ID, "Working Families", VISION, twice, "abc", null))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void recordingADecisionByPartnersRecordsItAtTheNextVersion() {
        fixture.given(FORMED)
                .when(new RecordDecisionCommand(ID, null, DECISION, "Meet monthly", "Time for the work",
                        List.of("abc", "rcsd")))
                .expectEvents(DECIDED)
                .expectResultMessagePayload(new CommandResult(DECISION, 1));
    }

    @Test
    void recordingADecisionByAnOrganisationOutsideThePartnershipIsRejected() {
        fixture.given(FORMED)
                .when(new RecordDecisionCommand(ID, null, DECISION, "Meet monthly", "Why", List.of("abc", "county")))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void recordingADecisionThatNamesAPartnerTwiceIsRejected() {
        fixture.given(FORMED)
                .when(new RecordDecisionCommand(ID, null, DECISION, "Meet monthly", "Why", List.of("abc", "abc")))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void assigningAnActionWithRaciRolesAmongThePartnersAssignsIt() {
        recordedDecisions.add(ID + "/" + DECISION);
        fixture.given(FORMED, DECIDED)
                .when(assign("abc", "rcsd", List.of("rcsd"), TODAY, DECISION))
                .expectEvents(new ActionAssignedEvent(ID, ACTION, "Draft the MOU", "abc", "rcsd", List.of("rcsd"),
                        List.of(), TODAY, DECISION))
                .expectResultMessagePayload(new CommandResult(ACTION, 2));
    }

    @Test
    void assigningAnActionToAnOrganisationOutsideThePartnershipIsRejected() {
        fixture.given(FORMED)
                .when(assign("abc", "county", List.of(), TODAY, null))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void consultingAnOrganisationOutsideThePartnershipIsRejected() {
        fixture.given(FORMED)
                .when(assign("abc", "rcsd", List.of("county"), TODAY, null))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void assigningAnActionDueYesterdayEverywhereIsRejected() {
        fixture.given(FORMED)
                .when(assign("abc", "rcsd", List.of(), TODAY.minusDays(1), null))
                .expectException(rejectedWith("DUE_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void assigningAnActionDueMoreThanTenYearsAheadIsRejected() {
        fixture.given(FORMED)
                .when(assign("abc", "rcsd", List.of(), TODAY.plusYears(10).plusDays(1), null))
                .expectException(rejectedWith("DUE_DATE_TOO_FAR"))
                .expectNoEvents();
    }

    @Test
    void assigningAnActionForADecisionThePartnershipNeverTookIsRejected() {
        fixture.given(FORMED)
                .when(assign("abc", "rcsd", List.of(), TODAY, DECISION))
                .expectException(rejectedWith("DECISION_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void loggingAConflictBetweenTwoPartnersLogsIt() {
        fixture.given(FORMED)
                .when(new LogConflictCommand(ID, null, CONFLICT, "Data sharing", "No agreement yet",
                        List.of("abc", "rcsd"), Severity.HIGH))
                .expectEvents(new ConflictLoggedEvent(ID, CONFLICT, "Data sharing", "No agreement yet",
                        List.of("abc", "rcsd"), "HIGH"))
                .expectResultMessagePayload(new CommandResult(CONFLICT, 1));
    }

    @Test
    void loggingAConflictWithOnlyOnePartyIsRejected() {
        fixture.given(FORMED)
                .when(new LogConflictCommand(ID, null, CONFLICT, "Data", "Details", List.of("abc", "abc"),
                        Severity.LOW))
                .expectException(rejectedWith("CONFLICT_NEEDS_TWO_PARTIES"))
                .expectNoEvents();
    }

    @Test
    void loggingAConflictWithAnOrganisationOutsideThePartnershipIsRejected() {
        fixture.given(FORMED)
                .when(new LogConflictCommand(ID, null, CONFLICT, "Data", "Details", List.of("abc", "county"),
                        Severity.MEDIUM))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void revisingTheVisionRaisesItsRevision() {
        Vision revised = new Vision("Every family in the county reaches a living wage", List.of("300 jobs"));
        fixture.given(FORMED)
                .when(new ReviseVisionCommand(ID, null, revised, "The county joined"))
                .expectEvents(new VisionRevisedEvent(ID, 2, revised, "The county joined"))
                .expectResultMessagePayload(new VisionRevision(2, 1));
    }

    @Test
    void revisingTheVisionWithoutChangingItIsRejected() {
        fixture.given(FORMED)
                .when(new ReviseVisionCommand(ID, null, VISION, "Nothing changed"))
                .expectException(rejectedWith("VISION_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void revisingOnlyTheGoalsIsARevision() {
        Vision revised = new Vision(VISION.statement(), List.of("200 jobs", "2 childcare hubs"));
        fixture.given(FORMED, new VisionRevisedEvent(ID, 2, new Vision("Old", List.of()), "Earlier"))
                .when(new ReviseVisionCommand(ID, null, revised, "Childcare matters"))
                .expectEvents(new VisionRevisedEvent(ID, 3, revised, "Childcare matters"));
    }

    @Test
    void aCommandForAPartnershipThatWasNeverFormedFindsNothing() {
        fixture.givenNoPriorActivity()
                .when(new RecordDecisionCommand(ID, null, DECISION, "Meet", "Why", List.of("abc")))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }

    private static AssignActionCommand assign(String responsible, String accountable, List<String> consulted,
                                              LocalDate due, String decisionId) {
        return new AssignActionCommand(ID, null, ACTION, "Draft the MOU", responsible, accountable, consulted,
                List.of(), due, decisionId);
    }
}
