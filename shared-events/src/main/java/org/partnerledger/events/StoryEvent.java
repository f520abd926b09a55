package org.partnerledger.events;

/**
 * The guide's "Tell the Story": stories of the partnership's human impact, and the consent under which, and the
 * channels on which, they may be told.
 */
public sealed interface StoryEvent extends PartnershipEvent
        permits StorySharedEvent, StoryConsentRecordedEvent, StoryConsentWithdrawnEvent {

    /** The story's id (a UUID issued by the server). */
    String storyId();
}
