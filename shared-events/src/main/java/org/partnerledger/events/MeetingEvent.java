package org.partnerledger.events;

/**
 * The guide's communication practices: a regular meeting cadence, meetings with clear agendas and their minutes,
 * and the informal check-ins between partners beyond formal meetings. The decisions and action items that minutes
 * record are published as {@link DecisionRecordedEvent} and {@link ActionAssignedEvent} right after the minutes.
 */
public sealed interface MeetingEvent extends PartnershipEvent
        permits MeetingCadenceSetEvent, MeetingScheduledEvent, MeetingRescheduledEvent, MeetingCancelledEvent,
                MinutesRecordedEvent, MinutesAmendedEvent, MinutesApprovedEvent, MinutesCorrectedEvent,
                CheckInRecordedEvent {
}
