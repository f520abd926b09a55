package org.partnerledger.command.partnership.story;

import org.partnerledger.web.Rejection;

import java.time.LocalDate;

/** A command on stories or their consent refused by a rule; the code is the contract. */
final class StoryRejection extends Rejection {

    private StoryRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static StoryRejection storyNotFound(String storyId) {
        return new StoryRejection("STORY_NOT_FOUND", NOT_FOUND, "No story %s.".formatted(storyId));
    }

    static StoryRejection guardianConsentRequired() {
        return new StoryRejection("GUARDIAN_CONSENT_REQUIRED", UNPROCESSABLE,
                "A minor's story is told only with a parent's or guardian's consent too.");
    }

    static StoryRejection consentChannelRequired() {
        return new StoryRejection("CONSENT_CHANNEL_REQUIRED", UNPROCESSABLE,
                "A consent names at least one channel the story may be told on.");
    }

    static StoryRejection consentExpiryNotAhead(LocalDate expiresOn) {
        return new StoryRejection("CONSENT_EXPIRY_NOT_AHEAD", UNPROCESSABLE,
                "A consent expiring on %s would not hold even today.".formatted(expiresOn));
    }

    static StoryRejection textReviewInFuture(LocalDate reviewedTextOn) {
        return new StoryRejection("TEXT_REVIEW_IN_FUTURE", UNPROCESSABLE,
                "The text cannot have been reviewed on %s, which is still to come.".formatted(reviewedTextOn));
    }

    static StoryRejection consentMissing(String storyId) {
        return new StoryRejection("STORY_CONSENT_MISSING", CONFLICT,
                "No consent is recorded for story %s.".formatted(storyId));
    }

    static StoryRejection consentWithdrawn(String storyId) {
        return new StoryRejection("STORY_CONSENT_WITHDRAWN", CONFLICT,
                "The consent for story %s was withdrawn; it is told nowhere any more.".formatted(storyId));
    }
}
