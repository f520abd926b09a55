package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The minutes of a meeting that took place were recorded. The decisions and action items they list follow at once,
 * in the same commit and in this order, as one {@link DecisionRecordedEvent} per decision (with this meeting's id)
 * and one {@link ActionAssignedEvent} per action item.
 *
 * @param partnershipId the partnership
 * @param meetingId     the meeting
 * @param attendees     ids of the partners who attended, at least one, distinct
 * @param summary       a concise summary of the meeting
 * @param items         what was discussed per agenda item, possibly not every item
 * @param decisionIds   the decisions taken, in the order of their events
 * @param actionIds     the action items assigned, in the order of their events
 */
@Revision("1")
public record MinutesRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String meetingId,
        List<String> attendees,
        String summary,
        List<MinutesItem> items,
        @Uuid List<String> decisionIds,
        @Uuid List<String> actionIds) implements MeetingEvent {
}
