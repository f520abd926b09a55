package org.partnerledger.query.ledger;

import org.partnerledger.query.calendar.Today;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The stories shared and the consent of each story's person to its telling; the narratives stay out. */
public record StoriesView(UUID partnershipId, long version, Instant asOf, boolean stale, List<Story> stories) {

    /**
     * @param consentStatus {@code NONE} before a consent, {@code IN_FORCE}, {@code EXPIRED} from its expiry day
     *                      (judged on the day asked, see {@code docs/figures.md}), or {@code WITHDRAWN}
     * @param consent       the consent last recorded; {@code null} before any
     */
    public record Story(String storyId, String title, String partner, Instant sharedAt, String consentStatus,
                        Consent consent, Withdrawal withdrawal) {
    }

    public record Consent(String identification, List<String> channels, LocalDate expiresOn, boolean minor,
                          boolean guardianConsent, LocalDate reviewedTextOn, Instant recordedAt) {
    }

    public record Withdrawal(Instant at, String reason) {
    }

    static StoriesView of(Ledger ledger, Instant asOf, boolean stale) {
        LocalDate today = Today.at(asOf);
        return new StoriesView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.stories.entrySet().stream().map(entry -> story(entry.getKey(), entry.getValue(), today))
                        .toList());
    }

    private static Story story(String id, Ledger.StoryEntry story, LocalDate today) {
        Ledger.ConsentEntry consent = story.consent;
        return new Story(id, story.title, story.partner, story.sharedAt, consentStatus(story, today),
                consent == null ? null : new Consent(consent.identification(), consent.channels(),
                        consent.expiresOn(), consent.minor(), consent.guardianConsent(), consent.reviewedTextOn(),
                        consent.at()),
                story.consentWithdrawnAt == null ? null
                        : new Withdrawal(story.consentWithdrawnAt, story.withdrawalReason));
    }

    static String consentStatus(Ledger.StoryEntry story, LocalDate today) {
        if (story.consentWithdrawnAt != null) {
            return "WITHDRAWN";
        }
        if (story.consent == null) {
            return "NONE";
        }
        return today.isBefore(story.consent.expiresOn()) ? "IN_FORCE" : "EXPIRED";
    }
}
