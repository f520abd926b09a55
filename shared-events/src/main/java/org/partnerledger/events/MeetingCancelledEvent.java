package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A scheduled meeting was called off before its minutes were recorded; it takes no further changes.
 *
 * @param partnershipId the partnership
 * @param meetingId     the meeting
 * @param reason        why it was cancelled
 */
@Revision("1")
public record MeetingCancelledEvent(
        @Uuid String partnershipId,
        @Uuid String meetingId,
        String reason) implements MeetingEvent {
}
