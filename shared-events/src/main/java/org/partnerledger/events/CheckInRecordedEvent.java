package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Partners checked in with each other informally, beyond the formal meetings, and noted it.
 *
 * @param partnershipId the partnership
 * @param checkInId     the check-in's id (a UUID issued by the server)
 * @param partners      ids of the partners who took part, at least two, distinct
 * @param occurredOn    the day it took place, not in the future
 * @param channel       {@code IN_PERSON}, {@code PHONE}, {@code VIDEO}, {@code EMAIL} or {@code MESSAGE}
 * @param note          what was shared
 */
@Revision("1")
public record CheckInRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String checkInId,
        List<String> partners,
        LocalDate occurredOn,
        String channel,
        String note) implements MeetingEvent {
}
