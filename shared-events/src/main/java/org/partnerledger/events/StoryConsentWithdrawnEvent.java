package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The consent for a story was withdrawn: from then on it is told nowhere, and no new consent is taken for it.
 *
 * @param partnershipId the partnership
 * @param storyId       the story
 * @param reason        why, as far as the person wished to say
 */
@Revision("1")
public record StoryConsentWithdrawnEvent(
        @Uuid String partnershipId,
        @Uuid String storyId,
        String reason) implements StoryEvent {
}
