package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How the partners rate the partnership, round by round and category by category of the review instruments they
 * adopted (docs/figures.md, "Reviews"): each round's averages, the spread between the partners, and the trend
 * across closed rounds.
 *
 * @param categories the instruments' categories, by key, in the order adopted
 */
public record ReviewsView(UUID partnershipId, long version, Instant asOf, boolean stale, List<Category> categories,
                          List<Round> rounds, List<Trend> trends) {

    public record Category(String category, String name) {
    }

    /** @param closedAt {@code null} while the round is open: its averages are then of the ratings so far */
    public record Round(String roundId, String title, Instant openedAt, Instant closedAt,
                        List<CategoryScore> categories) {
    }

    /**
     * @param average   of every score given to the category's items in the round, by every partner
     * @param byPartner each partner's average over the category's items
     * @param spread    the highest partner's average minus the lowest's; {@code null} with fewer than two partners
     * @param answers   how many scores the average is of
     */
    public record CategoryScore(String category, Double average, Map<String, Double> byPartner, Double spread,
                                long answers) {
    }

    /**
     * @param points the category's average in each closed round that rated it, in the order the rounds closed
     * @param change the last point minus the one before; {@code null} with fewer than two
     */
    public record Trend(String category, List<Point> points, Double change) {
    }

    public record Point(String roundId, Instant closedAt, double average) {
    }
}
