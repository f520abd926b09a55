package org.partnerledger.command.partnership.review;

import org.partnerledger.web.Rejection;

import java.util.Collection;

/** A command on the partnership's review instrument or rounds refused by a rule; the code is the contract. */
final class ReviewRejection extends Rejection {

    private ReviewRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static ReviewRejection keysDuplicated(Collection<String> keys) {
        return new ReviewRejection("REVIEW_KEY_DUPLICATED", UNPROCESSABLE,
                "Keys of categories, factors and items must be distinct; repeated: %s."
                        .formatted(String.join(", ", keys)));
    }

    static ReviewRejection instrumentInUse(String instrumentId, String version) {
        return new ReviewRejection("REVIEW_INSTRUMENT_IN_USE", CONFLICT,
                "The partnership already uses %s version %s; a changed instrument is a new version."
                        .formatted(instrumentId, version));
    }

    static ReviewRejection roundNotFound(String roundId) {
        return new ReviewRejection("REVIEW_ROUND_NOT_FOUND", NOT_FOUND, "No review round %s.".formatted(roundId));
    }

    static ReviewRejection roundClosed(String roundId) {
        return new ReviewRejection("REVIEW_ROUND_CLOSED", CONFLICT,
                "The review round %s is closed.".formatted(roundId));
    }

    static ReviewRejection itemUnknown(Collection<String> itemKeys) {
        return new ReviewRejection("REVIEW_ITEM_UNKNOWN", UNPROCESSABLE,
                "Not items of this round's instrument: %s.".formatted(String.join(", ", itemKeys)));
    }

    static ReviewRejection itemAlreadyRated(Collection<String> itemKeys) {
        return new ReviewRejection("ITEM_ALREADY_RATED", CONFLICT,
                "This partner has already rated, in this round: %s.".formatted(String.join(", ", itemKeys)));
    }
}
