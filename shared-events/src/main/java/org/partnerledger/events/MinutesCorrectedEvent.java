package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A correction to approved minutes was recorded. The approved minutes stay as they were; the correction stands
 * beside them in the history.
 *
 * @param partnershipId the partnership
 * @param meetingId     the meeting
 * @param correctedBy   the id of the partner who recorded the correction
 * @param correction    what the minutes should have said
 * @param reason        why they are corrected
 */
@Revision("1")
public record MinutesCorrectedEvent(
        @Uuid String partnershipId,
        @Uuid String meetingId,
        String correctedBy,
        String correction,
        String reason) implements MeetingEvent {
}
