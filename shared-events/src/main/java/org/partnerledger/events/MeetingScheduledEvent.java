package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;

/**
 * A partnership meeting was scheduled with its agenda.
 *
 * @param partnershipId the partnership
 * @param meetingId     the meeting's id (a UUID issued by the server)
 * @param title         what the meeting is, in a line
 * @param scheduledAt   when it starts
 * @param agenda        its agenda, 1 to 30 items in the order they are taken; minutes name an item by its index
 *                      here, from 0
 */
@Revision("1")
public record MeetingScheduledEvent(
        @Uuid String partnershipId,
        @Uuid String meetingId,
        String title,
        Instant scheduledAt,
        List<AgendaItem> agenda) implements MeetingEvent {
}
