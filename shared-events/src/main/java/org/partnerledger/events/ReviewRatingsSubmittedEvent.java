package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A partner rated items of an open review round; each partner rates each item at most once per round.
 *
 * @param partnershipId the partnership
 * @param roundId       the round
 * @param partner       the id of the partner who rated
 * @param answers       the ratings, one per item, at least one
 */
@Revision("1")
public record ReviewRatingsSubmittedEvent(
        @Uuid String partnershipId,
        @Uuid String roundId,
        String partner,
        List<ReviewAnswer> answers) implements ReviewEvent {
}
