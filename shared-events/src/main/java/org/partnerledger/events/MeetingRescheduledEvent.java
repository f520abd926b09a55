package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A scheduled meeting was moved to another time; its agenda stays.
 *
 * @param partnershipId the partnership
 * @param meetingId     the meeting
 * @param scheduledAt   when it now starts
 * @param reason        why it moved
 */
@Revision("1")
public record MeetingRescheduledEvent(
        @Uuid String partnershipId,
        @Uuid String meetingId,
        Instant scheduledAt,
        String reason) implements MeetingEvent {
}
