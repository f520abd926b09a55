package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The person whose story it is consented to its telling. A story may be told on a channel while a consent covers
 * it: the channel is among its channels, the day is before {@code expiresOn}, and no
 * {@link StoryConsentWithdrawnEvent} followed. A later consent replaces an earlier one.
 *
 * @param partnershipId   the partnership
 * @param storyId         the story
 * @param identification  how the person may be named: {@code NAMED}, {@code FIRST_NAME} or {@code ANONYMOUS}
 * @param channels        where it may be told, at least one of {@code FUNDER_VIEW}, {@code PUBLIC_REPORT} and
 *                        {@code SOCIAL_MEDIA}, each once
 * @param expiresOn       the first day on which the consent no longer holds
 * @param minor           whether the person is a minor
 * @param guardianConsent whether a parent or guardian consented too (always, for a minor)
 * @param reviewedTextOn  the day the person reviewed the text that will be told
 */
@Revision("1")
public record StoryConsentRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String storyId,
        String identification,
        List<String> channels,
        LocalDate expiresOn,
        boolean minor,
        boolean guardianConsent,
        LocalDate reviewedTextOn) implements StoryEvent {
}
