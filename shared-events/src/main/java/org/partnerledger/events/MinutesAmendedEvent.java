package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * An attendee amended minutes that are not yet approved: a new summary, new text for some agenda items, or both.
 * Items replace the recorded items of the same agenda index; items not named stay as they were.
 *
 * @param partnershipId the partnership
 * @param meetingId     the meeting
 * @param amendedBy     the id of the attending partner who amended them
 * @param summary       the new summary, or {@code null} when it stays
 * @param items         the items replaced, or {@code null} when none is
 * @param reason        why they were amended
 */
@Revision("1")
public record MinutesAmendedEvent(
        @Uuid String partnershipId,
        @Uuid String meetingId,
        String amendedBy,
        @Nullable String summary,
        @Nullable List<MinutesItem> items,
        String reason) implements MeetingEvent {
}
