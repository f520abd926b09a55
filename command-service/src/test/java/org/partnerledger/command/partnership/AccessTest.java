package org.partnerledger.command.partnership;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.PartnershipConcludedEvent;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.web.testing.TestCaller;

import java.util.List;
import java.util.Map;

import static org.partnerledger.command.partnership.PartnershipFixtures.ID;
import static org.partnerledger.command.partnership.PartnershipFixtures.VISION;
import static org.partnerledger.command.partnership.PartnershipFixtures.formedBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.partner;
import static org.partnerledger.command.partnership.PartnershipFixtures.sentBy;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

/** Who the partnership lets command it, decided from its own partners and coordinator (ADR 14). */
class AccessTest {

    private static final PartnershipFormedEvent FORMED = formedBy("abc", "rcsd", "county");
    private static final String DECISION = "7d1e0c55-0b8f-4a55-8e6a-3b1f2e9d4c21";
    private static final String CONFLICT = "0f4b9c2e-6d1a-4e8b-9f3c-5a7d2e1b8c64";

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.partnershipFixture();
    }

    @Test
    void aMemberRecordsADecisionTheirPartnerTookPartIn() {
        fixture.given(FORMED)
                .when(decision(List.of("rcsd", "county")), sentBy(TestCaller.OTHER_MEMBER))
                .expectEvents(new DecisionRecordedEvent(ID, DECISION, "Meet monthly", "Time", List.of("rcsd", "county"),
                        null, null, null, List.of()));
    }

    @Test
    void aMembersDecisionTheirPartnerTookNoPartInIsRefused() {
        fixture.given(FORMED)
                .when(decision(List.of("abc", "county")), sentBy(TestCaller.OTHER_MEMBER))
                .expectException(rejectedWith("COMMAND_NOT_PERMITTED"))
                .expectNoEvents();
    }

    @Test
    void aMemberLogsAConflictTheirPartnerIsAPartyTo() {
        fixture.given(FORMED)
                .when(conflict(List.of("rcsd", "county")), sentBy(TestCaller.OTHER_MEMBER))
                .expectEvents(new ConflictLoggedEvent(ID, CONFLICT, "Data sharing", "Who sees case files",
                        List.of("rcsd", "county"), "MEDIUM"));
    }

    @Test
    void aMemberMayNotReviseTheVisionWhichIsTheCoordinators() {
        fixture.given(FORMED)
                .when(revision(), sentBy(TestCaller.OTHER_MEMBER))
                .expectException(rejectedWith("COMMAND_NOT_PERMITTED"))
                .expectNoEvents();
    }

    @Test
    void aMemberOfTheCoordinatingPartnerIsStillOnlyAMember() {
        fixture.given(FORMED)
                .when(revision(), sentBy(TestCaller.MEMBER))
                .expectException(rejectedWith("COMMAND_NOT_PERMITTED"))
                .expectNoEvents();
    }

    @Test
    void aCoordinatorOfAnotherPartnerActsAsAMember() {
        fixture.given(FORMED)
                .when(revision(), sentBy(TestCaller.OTHER_COORDINATOR))
                .expectException(rejectedWith("COMMAND_NOT_PERMITTED"))
                .expectNoEvents();
    }

    @Test
    void theCoordinatorOfTheCoordinatingPartnerIssuesAnything() {
        fixture.given(FORMED)
                .when(revision(), sentBy(TestCaller.COORDINATOR))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aStrangerIsToldThePartnershipDoesNotExist() {
        fixture.given(FORMED)
                .when(decision(List.of("abc")), sentBy(TestCaller.STRANGER))
                .expectException(rejectedWith("PARTNERSHIP_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void aStrangerIsNotToldThatThePartnershipConcluded() {
        fixture.given(FORMED, new PartnershipConcludedEvent(ID, "Done"))
                .when(decision(List.of("abc")), sentBy(TestCaller.STRANGER))
                .expectException(rejectedWith("PARTNERSHIP_NOT_FOUND"));
    }

    @Test
    void aStrangerIsNotToldWhichPartnersTheCommandGotWrong() {
        fixture.given(FORMED)
                .when(decision(List.of("nobody")), sentBy(TestCaller.STRANGER))
                .expectException(rejectedWith("PARTNERSHIP_NOT_FOUND"));
    }

    @Test
    void auditorsAndFundersCommandNothingEvenWhereTheirOrganisationIsAPartner() {
        fixture.given(formedBy("abc", "audit", "funder"))
                .when(decision(List.of("audit")), sentBy(TestCaller.AUDITOR))
                .expectException(rejectedWith("PARTNERSHIP_NOT_FOUND"));
    }

    @Test
    void aCommandWithoutACallerIsToldThePartnershipDoesNotExist() {
        fixture.given(FORMED)
                .when(decision(List.of("abc")), Map.of("actorRole", "nobody"))
                .expectException(rejectedWith("PARTNERSHIP_NOT_FOUND"));
    }

    @Test
    void aMemberMayNotFormAPartnership() {
        fixture.givenNoPriorActivity()
                .when(formation("rcsd"), sentBy(TestCaller.OTHER_MEMBER))
                .expectException(rejectedWith("COMMAND_NOT_PERMITTED"))
                .expectNoEvents();
    }

    @Test
    void aCoordinatorFormsAPartnershipOnlyToCoordinateItThemselves() {
        fixture.givenNoPriorActivity()
                .when(formation("rcsd"), sentBy(TestCaller.COORDINATOR))
                .expectException(rejectedWith("COORDINATOR_NOT_YOUR_ORGANISATION"))
                .expectNoEvents();
    }

    @Test
    void aCoordinatorFormsAPartnershipTheirOrganisationCoordinates() {
        fixture.givenNoPriorActivity()
                .when(formation("abc"), sentBy(TestCaller.COORDINATOR))
                .expectEvents(new PartnershipFormedEvent(ID, "Working Families", VISION,
                        List.of(partner("abc"), partner("rcsd")), "abc", null));
    }

    private static RecordDecisionCommand decision(List<String> decidedBy) {
        return new RecordDecisionCommand(ID, null, DECISION, "Meet monthly", "Time", decidedBy);
    }

    private static LogConflictCommand conflict(List<String> parties) {
        return new LogConflictCommand(ID, null, CONFLICT, "Data sharing", "Who sees case files", parties,
                Severity.MEDIUM);
    }

    private static ReviseVisionCommand revision() {
        return new ReviseVisionCommand(ID, null, new Vision("Every family thrives", List.of("300 jobs")), "Grown");
    }

    private static FormPartnershipCommand formation(String coordinator) {
        return new FormPartnershipCommand(ID, "Working Families", VISION, List.of(partner("abc"), partner("rcsd")),
                coordinator, null);
    }
}
