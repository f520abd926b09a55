package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A partner shared a story with the partnership. Until consent is recorded for it, it is told nowhere.
 *
 * @param partnershipId the partnership
 * @param storyId       the story's id (a UUID issued by the server)
 * @param title         the story's title
 * @param narrative     the story as told
 * @param partner       the id of the partner it comes from
 */
@Revision("1")
public record StorySharedEvent(
        @Uuid String partnershipId,
        @Uuid String storyId,
        String title,
        String narrative,
        String partner) implements StoryEvent {
}
