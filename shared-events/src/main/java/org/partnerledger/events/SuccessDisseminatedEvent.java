package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partnership shared a success beyond itself.
 *
 * @param partnershipId   the partnership
 * @param disseminationId the dissemination's id (a UUID issued by the server)
 * @param channel         {@code ANNUAL_REPORT}, {@code NEWSLETTER}, {@code SOCIAL_MEDIA} or {@code
 *                        PRESS_RELEASE}
 * @param title           what was shared
 * @param link            where it is published, an https URL
 */
@Revision("1")
public record SuccessDisseminatedEvent(
        @Uuid String partnershipId,
        @Uuid String disseminationId,
        String channel,
        String title,
        String link) implements GovernanceEvent {
}
