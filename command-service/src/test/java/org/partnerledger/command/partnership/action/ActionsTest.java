package org.partnerledger.command.partnership.action;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Partnership;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionReassignedEvent;
import org.partnerledger.events.ActionRescheduledEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class ActionsTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String ACTION = "a3b1c9d2-7e64-4f0a-b5c8-9d2e1f3a4b5c";
    /** 23:00 UTC on 24 November 2026: already the 25th from UTC+1 eastwards, still the 24th west of it. */
    private static final Instant NOW = Instant.parse("2026-11-24T23:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final LocalDate DUE = LocalDate.of(2027, 1, 15);
    private static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of()),
            List.of(partner("abc"), partner("rcsd"), partner("county")), "abc", null);
    private static final ActionAssignedEvent ASSIGNED = new ActionAssignedEvent(ID, ACTION, "Draft the MOU", "abc",
            "rcsd", List.of(), List.of(), DUE, null);
    private static final ActionCompletedEvent COMPLETED =
            new ActionCompletedEvent(ID, ACTION, "Signed", TODAY);

    /** Stands in for the recorded items table that the events closing an action write to. */
    private final Set<String> closedActions = new HashSet<>();
    private AggregateTestFixture<Partnership> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.signedInAsCoordinator(new AggregateTestFixture<>(Partnership.class));
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource((ClosedActions) (partnership, action) ->
                closedActions.contains(partnership + "/" + action));
    }

    @Test
    void completingAnOpenActionCompletesIt() {
        fixture.given(FORMED, ASSIGNED)
                .when(new CompleteActionCommand(ID, null, ACTION, "Signed", TODAY))
                .expectEvents(COMPLETED)
                .expectResultMessagePayload(new CommandResult(ACTION, 2));
    }

    @Test
    void completingOnADayThatHasComeSomewhereIsAccepted() {
        fixture.given(FORMED, ASSIGNED)
                .when(new CompleteActionCommand(ID, null, ACTION, "Signed", TODAY.plusDays(1)))
                .expectEvents(new ActionCompletedEvent(ID, ACTION, "Signed", TODAY.plusDays(1)));
    }

    @Test
    void completingOnADayThatHasComeNowhereYetIsRejected() {
        fixture.given(FORMED, ASSIGNED)
                .when(new CompleteActionCommand(ID, null, ACTION, "Signed", TODAY.plusDays(2)))
                .expectException(rejectedWith("COMPLETION_DATE_IN_FUTURE"))
                .expectNoEvents();
    }

    @Test
    void completingAnActionThePartnershipNeverAssignedIsRejectedAsNotFound() {
        fixture.given(FORMED)
                .when(new CompleteActionCommand(ID, null, ACTION, "Signed", TODAY))
                .expectException(rejectedWith("ACTION_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void completingAnAlreadyCompletedActionIsRejectedAsClosed() {
        closedActions.add(ID + "/" + ACTION);
        fixture.given(FORMED, ASSIGNED, COMPLETED)
                .when(new CompleteActionCommand(ID, null, ACTION, "Again", TODAY))
                .expectException(rejectedWith("ACTION_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void reassigningTheResponsiblePartnerKeepsTheAccountableOne() {
        fixture.given(FORMED, ASSIGNED)
                .when(new ReassignActionCommand(ID, null, ACTION, "county", null, "The county holds the data"))
                .expectEvents(new ActionReassignedEvent(ID, ACTION, "county", "rcsd", "The county holds the data"));
    }

    @Test
    void reassigningToAStrangerIsRejected() {
        fixture.given(FORMED, ASSIGNED)
                .when(new ReassignActionCommand(ID, null, ACTION, null, "state", "Why"))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void aReassignmentThatNamesNobodyIsRejected() {
        fixture.given(FORMED, ASSIGNED)
                .when(new ReassignActionCommand(ID, null, ACTION, null, null, "Why"))
                .expectException(rejectedWith("REASSIGNMENT_EMPTY"))
                .expectNoEvents();
    }

    @Test
    void aReassignmentToThoseAlreadyAssignedIsRejected() {
        fixture.given(FORMED, ASSIGNED)
                .when(new ReassignActionCommand(ID, null, ACTION, "abc", "rcsd", "Why"))
                .expectException(rejectedWith("REASSIGNMENT_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void reassigningACancelledActionIsRejectedAsClosed() {
        closedActions.add(ID + "/" + ACTION);
        fixture.given(FORMED, ASSIGNED, new ActionCancelledEvent(ID, ACTION, "Dropped"))
                .when(new ReassignActionCommand(ID, null, ACTION, "county", null, "Why"))
                .expectException(rejectedWith("ACTION_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void reschedulingMovesTheDueDateAndNamesThePreviousOne() {
        fixture.given(FORMED, ASSIGNED)
                .when(new RescheduleActionCommand(ID, null, ACTION, DUE.plusMonths(1), "The board meets later"))
                .expectEvents(new ActionRescheduledEvent(ID, ACTION, DUE.plusMonths(1), DUE,
                        "The board meets later"));
    }

    @Test
    void reschedulingToADayPastEverywhereIsRejected() {
        fixture.given(FORMED, ASSIGNED)
                .when(new RescheduleActionCommand(ID, null, ACTION, TODAY.minusDays(1), "Why"))
                .expectException(rejectedWith("DUE_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void reschedulingToTheSameDueDateIsRejected() {
        fixture.given(FORMED, ASSIGNED)
                .when(new RescheduleActionCommand(ID, null, ACTION, DUE, "Why"))
                .expectException(rejectedWith("DUE_DATE_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void reschedulingFollowsAnEarlierRescheduling() {
        fixture.given(FORMED, ASSIGNED, new ActionRescheduledEvent(ID, ACTION, DUE.plusDays(7), DUE, "Late"))
                .when(new RescheduleActionCommand(ID, null, ACTION, DUE.plusDays(14), "Later"))
                .expectEvents(new ActionRescheduledEvent(ID, ACTION, DUE.plusDays(14), DUE.plusDays(7), "Later"));
    }

    @Test
    void cancellingAnOpenActionCancelsIt() {
        fixture.given(FORMED, ASSIGNED)
                .when(new CancelActionCommand(ID, null, ACTION, "The county took it over"))
                .expectEvents(new ActionCancelledEvent(ID, ACTION, "The county took it over"))
                .expectResultMessagePayload(new CommandResult(ACTION, 2));
    }

    @Test
    void cancellingACompletedActionIsRejectedAsClosed() {
        closedActions.add(ID + "/" + ACTION);
        fixture.given(FORMED, ASSIGNED, COMPLETED)
                .when(new CancelActionCommand(ID, null, ACTION, "Why"))
                .expectException(rejectedWith("ACTION_CLOSED"))
                .expectNoEvents();
    }

    @Test
    void aPartnerHoldsOpenActionsWhileResponsibleOrAccountableForOne() {
        Actions actions = new Actions();
        actions.on(ASSIGNED);

        assertThat(actions.holdsOpenActions("abc")).isTrue();
        assertThat(actions.holdsOpenActions("rcsd")).isTrue();
        assertThat(actions.holdsOpenActions("county")).isFalse();
    }

    @Test
    void aPartnerNoLongerHoldsAnActionOnceItIsClosedOrHandedOver() {
        Actions actions = new Actions();
        actions.on(ASSIGNED);
        actions.on(new ActionReassignedEvent(ID, ACTION, "county", "rcsd", "Handed over"));
        assertThat(actions.holdsOpenActions("abc")).isFalse();

        actions.on(COMPLETED);
        assertThat(actions.holdsOpenActions("county")).isFalse();
        assertThat(actions.holdsOpenActions("rcsd")).isFalse();
    }

    private static Partner partner(String id) {
        return new Partner(id, id.toUpperCase(), Partner.derivedOrganisationId(id), null);
    }
}
