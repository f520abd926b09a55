package org.partnerledger.command.partnership.meeting;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.AgendaItem;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.MeetingCadenceSetEvent;
import org.partnerledger.events.MeetingCancelledEvent;
import org.partnerledger.events.MeetingRescheduledEvent;
import org.partnerledger.events.MeetingScheduledEvent;
import org.partnerledger.events.MinutesAmendedEvent;
import org.partnerledger.events.MinutesApprovedEvent;
import org.partnerledger.events.MinutesCorrectedEvent;
import org.partnerledger.events.MinutesItem;
import org.partnerledger.events.MinutesRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.partnerledger.command.partnership.PartnershipFixtures.METRIC_PROPOSED;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class MeetingsTest {

    static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String MEETING = "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d";
    private static final String OTHER_MEETING = "00000000-0000-4000-8000-0000000001e7";
    private static final String DECISION = "0d7a3e8c-5b0f-4a61-8f6e-31c4b0a2d9e7";
    private static final String ACTION = "a3b1c9d2-7e64-4f0a-b5c8-9d2e1f3a4b5c";
    private static final String METRIC = "e1d2c3b4-a596-4877-9869-5a4b3c2d1e0f";
    /** Noon UTC on 24 November 2026: still the 24th everywhere from UTC-12 to UTC+11. */
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final Instant HELD_AT = NOW.minus(Duration.ofHours(2));
    static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of("200 jobs")),
            List.of(new Partner("abc", "Action for a Better Community", Partner.derivedOrganisationId("abc"), null),
                    new Partner("rcsd", "City Schools", Partner.derivedOrganisationId("rcsd"), null),
                    new Partner("unity", "Unity Health", Partner.derivedOrganisationId("unity"), null)),
            "abc", null);
    private static final List<AgendaItem> AGENDA = List.of(
            new AgendaItem("Placements", "Agree the spring targets", 30),
            new AgendaItem("Data sharing", "Decide on a data agreement", 20));
    private static final MeetingScheduledEvent SCHEDULED =
            new MeetingScheduledEvent(ID, MEETING, "December meeting", HELD_AT, AGENDA);
    private static final List<MinutesItem> ITEMS = List.of(new MinutesItem(0, "Targets set at 60", 35),
            new MinutesItem(1, "An agreement is needed first", 15));
    private static final MinutesRecordedEvent RECORDED = new MinutesRecordedEvent(ID, MEETING,
            List.of("abc", "rcsd"), "Targets agreed", ITEMS, List.of(), List.of());
    private static final MinutesApprovedEvent APPROVED = new MinutesApprovedEvent(ID, MEETING, List.of("abc"));

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.at(NOW);
    }

    @Test
    void settingTheCadenceSetsIt() {
        fixture.given(FORMED)
                .when(new SetMeetingCadenceCommand(ID, null, MeetingCadence.MONTHLY))
                .expectEvents(new MeetingCadenceSetEvent(ID, "MONTHLY"))
                .expectResultMessagePayload(new CommandResult(null, 1));
    }

    @Test
    void settingTheSameCadenceAgainIsRejected() {
        fixture.given(FORMED, new MeetingCadenceSetEvent(ID, "MONTHLY"))
                .when(new SetMeetingCadenceCommand(ID, null, MeetingCadence.MONTHLY))
                .expectException(rejectedWith("CADENCE_UNCHANGED"))
                .expectNoEvents();
    }

    @Test
    void schedulingAMeetingWithItsAgendaSchedulesIt() {
        Instant next = NOW.plus(Duration.ofDays(7));
        fixture.given(FORMED)
                .when(new ScheduleMeetingCommand(ID, null, MEETING, "December meeting", next, AGENDA))
                .expectEvents(new MeetingScheduledEvent(ID, MEETING, "December meeting", next, AGENDA))
                .expectResultMessagePayload(new CommandResult(MEETING, 1));
    }

    @Test
    void schedulingAMeetingInThePastIsRejected() {
        fixture.given(FORMED)
                .when(new ScheduleMeetingCommand(ID, null, MEETING, "Late", NOW.minusSeconds(60), AGENDA))
                .expectException(rejectedWith("MEETING_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void schedulingAMeetingMoreThanTenYearsAheadIsRejected() {
        Instant far = Instant.parse("2036-11-25T12:00:00Z");
        fixture.given(FORMED)
                .when(new ScheduleMeetingCommand(ID, null, MEETING, "Far", far, AGENDA))
                .expectException(rejectedWith("MEETING_TOO_FAR"))
                .expectNoEvents();
    }

    @Test
    void reschedulingAMeetingMovesIt() {
        Instant later = NOW.plus(Duration.ofDays(3));
        fixture.given(FORMED, SCHEDULED)
                .when(new RescheduleMeetingCommand(ID, null, MEETING, later, "The board meets then"))
                .expectEvents(new MeetingRescheduledEvent(ID, MEETING, later, "The board meets then"))
                .expectResultMessagePayload(new CommandResult(MEETING, 2));
    }

    @Test
    void reschedulingIntoThePastIsRejected() {
        fixture.given(FORMED, SCHEDULED)
                .when(new RescheduleMeetingCommand(ID, null, MEETING, NOW.minusSeconds(1), "Oops"))
                .expectException(rejectedWith("MEETING_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void reschedulingACancelledMeetingIsRejected() {
        fixture.given(FORMED, SCHEDULED, new MeetingCancelledEvent(ID, MEETING, "Snow"))
                .when(new RescheduleMeetingCommand(ID, null, MEETING, NOW.plusSeconds(3600), "Snow is gone"))
                .expectException(rejectedWith("MEETING_CANCELLED"))
                .expectNoEvents();
    }

    @Test
    void reschedulingAMeetingWhoseMinutesAreRecordedIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new RescheduleMeetingCommand(ID, null, MEETING, NOW.plusSeconds(3600), "Again"))
                .expectException(rejectedWith("MINUTES_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void cancellingAMeetingCancelsIt() {
        fixture.given(FORMED, SCHEDULED)
                .when(new CancelMeetingCommand(ID, null, MEETING, "Snow"))
                .expectEvents(new MeetingCancelledEvent(ID, MEETING, "Snow"))
                .expectResultMessagePayload(new CommandResult(MEETING, 2));
    }

    @Test
    void cancellingACancelledMeetingIsRejected() {
        fixture.given(FORMED, SCHEDULED, new MeetingCancelledEvent(ID, MEETING, "Snow"))
                .when(new CancelMeetingCommand(ID, null, MEETING, "Snow again"))
                .expectException(rejectedWith("MEETING_CANCELLED"))
                .expectNoEvents();
    }

    @Test
    void cancellingAMeetingWhoseMinutesAreApprovedIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED, APPROVED)
                .when(new CancelMeetingCommand(ID, null, MEETING, "Never mind"))
                .expectException(rejectedWith("MINUTES_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void anUnknownMeetingIsNotFound() {
        fixture.given(FORMED, SCHEDULED)
                .when(new CancelMeetingCommand(ID, null, OTHER_MEETING, "Snow"))
                .expectException(rejectedWith("MEETING_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesRecordsThemThenTheirDecisionsThenTheirActions() {
        LocalDate due = TODAY.plusDays(14);
        fixture.given(FORMED, METRIC_PROPOSED, SCHEDULED)
                .when(minutes(List.of("abc", "rcsd"), ITEMS, List.of(decision(List.of("abc", "rcsd"))),
                        List.of(action(due, 0))))
                .expectEvents(new MinutesRecordedEvent(ID, MEETING, List.of("abc", "rcsd"), "Targets agreed", ITEMS,
                                List.of(DECISION), List.of(ACTION)),
                        new DecisionRecordedEvent(ID, DECISION, "Sign a data agreement", "Needed for placements",
                                List.of("abc", "rcsd"), MEETING, TODAY.plusMonths(6), null, List.of(METRIC)),
                        new ActionAssignedEvent(ID, ACTION, "Draft the agreement", "rcsd", "abc", List.of("unity"),
                                List.of(), due, DECISION))
                .expectResultMessagePayload(new RecordedMinutes(MEETING, List.of(DECISION), List.of(ACTION),5));
    }

    @Test
    void recordingMinutesOfAMeetingThatStartsWithinADayIsAccepted() {
        MeetingScheduledEvent soon = new MeetingScheduledEvent(ID, MEETING, "Soon", NOW.plus(Duration.ofHours(23)),
                AGENDA);
        fixture.given(FORMED, soon)
                .when(minutes(List.of("abc", "rcsd"), ITEMS, List.of(), List.of()))
                .expectEvents(RECORDED);
    }

    @Test
    void recordingMinutesOfAMeetingMoreThanADayAheadIsRejected() {
        MeetingScheduledEvent ahead = new MeetingScheduledEvent(ID, MEETING, "Ahead", NOW.plus(Duration.ofHours(25)),
                AGENDA);
        fixture.given(FORMED, ahead)
                .when(minutes(List.of("abc"), ITEMS, List.of(), List.of()))
                .expectException(rejectedWith("MEETING_NOT_HELD_YET"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesOfACancelledMeetingIsRejected() {
        fixture.given(FORMED, SCHEDULED, new MeetingCancelledEvent(ID, MEETING, "Snow"))
                .when(minutes(List.of("abc"), ITEMS, List.of(), List.of()))
                .expectException(rejectedWith("MEETING_CANCELLED"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesASecondTimeIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(minutes(List.of("abc"), ITEMS, List.of(), List.of()))
                .expectException(rejectedWith("MINUTES_ALREADY_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesOfAnUnknownMeetingIsNotFound() {
        fixture.given(FORMED)
                .when(minutes(List.of("abc"), ITEMS, List.of(), List.of()))
                .expectException(rejectedWith("MEETING_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesOfAnAgendaItemTheAgendaLacksIsRejected() {
        fixture.given(FORMED, SCHEDULED)
                .when(minutes(List.of("abc"), List.of(new MinutesItem(2, "Not on the agenda", 5)), List.of(),
                        List.of()))
                .expectException(rejectedWith("AGENDA_ITEM_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesOfOneAgendaItemTwiceIsRejected() {
        fixture.given(FORMED, SCHEDULED)
                .when(minutes(List.of("abc"), List.of(new MinutesItem(0, "First", 5), new MinutesItem(0, "Again", 5)),
                        List.of(), List.of()))
                .expectException(rejectedWith("AGENDA_ITEM_REPEATED"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesThatNameAnAttendeeTwiceIsRejected() {
        fixture.given(FORMED, SCHEDULED)
                .when(minutes(List.of("abc", "abc"), ITEMS, List.of(), List.of()))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesWithADecisionByAPartnerTwiceIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED, SCHEDULED)
                .when(minutes(List.of("abc"), ITEMS, List.of(decision(List.of("rcsd", "rcsd"))), List.of()))
                .expectException(rejectedWith("PARTNER_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesThatNameAStrangerAsOwnerIsRejected() {
        RecordMinutesCommand.Action stranger = new RecordMinutesCommand.Action(ACTION, "Draft", "county", "abc",
                List.of(), List.of(), TODAY, null);
        fixture.given(FORMED, SCHEDULED)
                .when(minutes(List.of("abc"), ITEMS, List.of(), List.of(stranger)))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesWithAnActionDueInThePastIsRejected() {
        fixture.given(FORMED, SCHEDULED)
                .when(minutes(List.of("abc"), ITEMS, List.of(), List.of(action(TODAY.minusDays(2), null))))
                .expectException(rejectedWith("DUE_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void recordingMinutesWithAnActionForADecisionTheyDoNotRecordIsRejected() {
        fixture.given(FORMED, METRIC_PROPOSED, SCHEDULED)
                .when(minutes(List.of("abc"), ITEMS, List.of(decision(List.of("abc"))), List.of(action(TODAY, 1))))
                .expectException(rejectedWith("MINUTES_DECISION_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void amendingMinutesByAnAttendeeAmendsThem() {
        List<MinutesItem> amended = List.of(new MinutesItem(1, "The district drafts it", 15));
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new AmendMinutesCommand(ID, null, MEETING, "rcsd", null, amended, "Wrong owner"))
                .expectEvents(new MinutesAmendedEvent(ID, MEETING, "rcsd", null, amended, "Wrong owner"))
                .expectResultMessagePayload(new CommandResult(MEETING, 3));
    }

    @Test
    void amendingMinutesByAPartnerWhoDidNotAttendIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new AmendMinutesCommand(ID, null, MEETING, "unity", "Mine", null, "I was told"))
                .expectException(rejectedWith("NOT_AN_ATTENDEE"))
                .expectNoEvents();
    }

    @Test
    void amendingMinutesThatAreNotRecordedIsRejected() {
        fixture.given(FORMED, SCHEDULED)
                .when(new AmendMinutesCommand(ID, null, MEETING, "abc", "Mine", null, "Early"))
                .expectException(rejectedWith("MINUTES_NOT_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void amendingApprovedMinutesIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED, APPROVED)
                .when(new AmendMinutesCommand(ID, null, MEETING, "abc", "Mine", null, "Late"))
                .expectException(rejectedWith("MINUTES_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void anAmendmentThatChangesNothingIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new AmendMinutesCommand(ID, null, MEETING, "abc", null, List.of(), "Nothing"))
                .expectException(rejectedWith("AMENDMENT_EMPTY"))
                .expectNoEvents();
    }

    @Test
    void amendingAnAgendaItemTheAgendaLacksIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new AmendMinutesCommand(ID, null, MEETING, "abc", null,
                        List.of(new MinutesItem(5, "Not there", 1)), "Typo"))
                .expectException(rejectedWith("AGENDA_ITEM_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void approvingMinutesWithAnAttendeeAmongTheApproversApprovesThem() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new ApproveMinutesCommand(ID, null, MEETING, List.of("unity", "abc")))
                .expectEvents(new MinutesApprovedEvent(ID, MEETING, List.of("unity", "abc")))
                .expectResultMessagePayload(new CommandResult(MEETING, 3));
    }

    @Test
    void approvingMinutesTwiceIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED, APPROVED)
                .when(new ApproveMinutesCommand(ID, null, MEETING, List.of("abc")))
                .expectException(rejectedWith("MINUTES_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void approvingMinutesWithoutAnyAttendeeIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new ApproveMinutesCommand(ID, null, MEETING, List.of("unity")))
                .expectException(rejectedWith("NOT_AN_ATTENDEE"))
                .expectNoEvents();
    }

    @Test
    void approvingMinutesThatAreNotRecordedIsRejected() {
        fixture.given(FORMED, SCHEDULED)
                .when(new ApproveMinutesCommand(ID, null, MEETING, List.of("abc")))
                .expectException(rejectedWith("MINUTES_NOT_RECORDED"))
                .expectNoEvents();
    }

    @Test
    void correctingApprovedMinutesRecordsTheCorrection() {
        fixture.given(FORMED, SCHEDULED, RECORDED, APPROVED)
                .when(new CorrectMinutesCommand(ID, null, MEETING, "unity", "50, not 60", "A typo"))
                .expectEvents(new MinutesCorrectedEvent(ID, MEETING, "unity", "50, not 60", "A typo"))
                .expectResultMessagePayload(new CommandResult(MEETING, 4));
    }

    @Test
    void correctingMinutesThatAreNotApprovedIsRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED)
                .when(new CorrectMinutesCommand(ID, null, MEETING, "abc", "50, not 60", "A typo"))
                .expectException(rejectedWith("MINUTES_NOT_APPROVED"))
                .expectNoEvents();
    }

    @Test
    void correctionsByAStrangerAreRejected() {
        fixture.given(FORMED, SCHEDULED, RECORDED, APPROVED)
                .when(new CorrectMinutesCommand(ID, null, MEETING, "county", "50, not 60", "A typo"))
                .expectException(rejectedWith("PARTNER_UNKNOWN"))
                .expectNoEvents();
    }

    private static RecordMinutesCommand minutes(List<String> attendees, List<MinutesItem> items,
                                                List<RecordMinutesCommand.Decision> decisions,
                                                List<RecordMinutesCommand.Action> actions) {
        return new RecordMinutesCommand(ID, null, MEETING, attendees, "Targets agreed", items, decisions, actions);
    }

    private static RecordMinutesCommand.Decision decision(List<String> decidedBy) {
        return new RecordMinutesCommand.Decision(DECISION, "Sign a data agreement", "Needed for placements",
                decidedBy, TODAY.plusMonths(6), List.of(METRIC));
    }

    private static RecordMinutesCommand.Action action(LocalDate due, Integer decision) {
        return new RecordMinutesCommand.Action(ACTION, "Draft the agreement", "rcsd", "abc", List.of("unity"),
                List.of(), due, decision);
    }
}
