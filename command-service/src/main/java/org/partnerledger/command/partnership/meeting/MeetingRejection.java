package org.partnerledger.command.partnership.meeting;

import org.partnerledger.web.Rejection;

import java.time.Instant;
import java.util.Collection;

/** A meeting, minutes or check-in command refused by a rule; the code is the contract, the message is for people. */
final class MeetingRejection extends Rejection {

    private MeetingRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static MeetingRejection meetingNotFound(String meetingId) {
        return new MeetingRejection("MEETING_NOT_FOUND", NOT_FOUND,
                "No meeting %s in this partnership.".formatted(meetingId));
    }

    static MeetingRejection cadenceUnchanged(Object cadence) {
        return new MeetingRejection("CADENCE_UNCHANGED", UNPROCESSABLE,
                "The partnership already meets %s.".formatted(cadence));
    }

    static MeetingRejection meetingInPast(Instant scheduledAt) {
        return new MeetingRejection("MEETING_IN_PAST", UNPROCESSABLE,
                "A meeting cannot be scheduled at %s, which has passed.".formatted(scheduledAt));
    }

    static MeetingRejection meetingTooFar(Instant scheduledAt, int maxYears) {
        return new MeetingRejection("MEETING_TOO_FAR", UNPROCESSABLE,
                "The meeting at %s is more than %d years away.".formatted(scheduledAt, maxYears));
    }

    static MeetingRejection meetingCancelled(String meetingId) {
        return new MeetingRejection("MEETING_CANCELLED", CONFLICT,
                "The meeting %s was cancelled.".formatted(meetingId));
    }

    static MeetingRejection minutesAlreadyRecorded(String meetingId) {
        return new MeetingRejection("MINUTES_ALREADY_RECORDED", CONFLICT,
                "The minutes of meeting %s are recorded; amend them instead.".formatted(meetingId));
    }

    static MeetingRejection meetingNotHeldYet(String meetingId, Instant scheduledAt) {
        return new MeetingRejection("MEETING_NOT_HELD_YET", CONFLICT,
                "The meeting %s is scheduled for %s; record its minutes once it is held.".formatted(meetingId,
                        scheduledAt));
    }

    static MeetingRejection agendaItemUnknown(int index, int agendaSize) {
        return new MeetingRejection("AGENDA_ITEM_UNKNOWN", UNPROCESSABLE,
                "The agenda has items 0 to %d; there is no item %d.".formatted(agendaSize - 1, index));
    }

    static MeetingRejection agendaItemRepeated(Collection<Integer> indexes) {
        return new MeetingRejection("AGENDA_ITEM_REPEATED", UNPROCESSABLE,
                "Agenda items given more than once: %s.".formatted(indexes));
    }

    static MeetingRejection minutesDecisionUnknown(int index, int decisions) {
        return new MeetingRejection("MINUTES_DECISION_UNKNOWN", UNPROCESSABLE,
                "An action names decision %d, but the minutes record %d decisions.".formatted(index, decisions));
    }

    static MeetingRejection partnerDuplicated(Collection<String> partnerIds) {
        return new MeetingRejection("PARTNER_DUPLICATED", UNPROCESSABLE,
                "Partners named more than once: %s.".formatted(String.join(", ", partnerIds)));
    }

    static MeetingRejection minutesNotRecorded(String meetingId) {
        return new MeetingRejection("MINUTES_NOT_RECORDED", CONFLICT,
                "The minutes of meeting %s are not recorded yet.".formatted(meetingId));
    }

    static MeetingRejection minutesApproved(String meetingId) {
        return new MeetingRejection("MINUTES_APPROVED", CONFLICT,
                "The minutes of meeting %s are approved and frozen; record a correction instead."
                        .formatted(meetingId));
    }

    static MeetingRejection minutesNotApproved(String meetingId) {
        return new MeetingRejection("MINUTES_NOT_APPROVED", CONFLICT,
                "The minutes of meeting %s are not approved; amend them instead.".formatted(meetingId));
    }

    static MeetingRejection notAnAttendee(Collection<String> partnerIds) {
        return new MeetingRejection("NOT_AN_ATTENDEE", UNPROCESSABLE,
                "Did not attend the meeting: %s.".formatted(String.join(", ", partnerIds)));
    }

    static MeetingRejection amendmentEmpty() {
        return new MeetingRejection("AMENDMENT_EMPTY", UNPROCESSABLE,
                "An amendment gives a new summary, new items, or both.");
    }

    static MeetingRejection checkInNeedsTwoPartners() {
        return new MeetingRejection("CHECK_IN_NEEDS_TWO_PARTNERS", UNPROCESSABLE,
                "A check-in is between at least two distinct partners.");
    }

    static MeetingRejection checkInInFuture(Object occurredOn) {
        return new MeetingRejection("CHECK_IN_IN_FUTURE", UNPROCESSABLE,
                "A check-in on %s has not happened yet anywhere.".formatted(occurredOn));
    }
}
