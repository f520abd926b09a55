package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partners set the regular schedule on which the partnership meets.
 *
 * @param partnershipId the partnership
 * @param cadence       {@code WEEKLY}, {@code BIWEEKLY}, {@code MONTHLY} or {@code QUARTERLY}
 */
@Revision("1")
public record MeetingCadenceSetEvent(
        @Uuid String partnershipId,
        String cadence) implements MeetingEvent {
}
