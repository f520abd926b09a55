package org.partnerledger.command.partnership.story;

import org.partnerledger.events.StoryConsentRecordedEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The rule for telling a story, in one place for the command side and, by its wording, for every reader: a story
 * may be told on a channel on a day while its latest consent names that channel, the day is before the consent
 * expires, and the consent has not been withdrawn.
 *
 * @param channels  the channels consented to, by name
 * @param expiresOn the first day on which the consent no longer holds
 * @param withdrawn whether the consent was withdrawn since
 */
public record Consent(List<String> channels, LocalDate expiresOn, boolean withdrawn) {

    /** The consent an event recorded, not (yet) withdrawn. */
    public static Consent recorded(StoryConsentRecordedEvent event) {
        return new Consent(List.copyOf(event.channels()), event.expiresOn(), false);
    }

    /** The same consent, withdrawn. */
    public Consent withdraw() {
        return new Consent(channels, expiresOn, true);
    }

    /** Whether the story may be told on the channel on the day. */
    public boolean covers(StoryChannel channel, LocalDate today) {
        return covers(channels, expiresOn, withdrawn, channel.name(), today);
    }

    /** The rule on plain values, as a reader holds them. */
    public static boolean covers(List<String> channels, LocalDate expiresOn, boolean withdrawn, String channel,
                                 LocalDate today) {
        return !withdrawn && channels.contains(channel) && today.isBefore(expiresOn);
    }
}
