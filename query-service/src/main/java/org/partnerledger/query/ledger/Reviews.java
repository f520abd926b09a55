package org.partnerledger.query.ledger;

import org.partnerledger.query.ledger.Ledger.ReviewRoundEntry;
import org.partnerledger.query.ledger.ReviewsView.Category;
import org.partnerledger.query.ledger.ReviewsView.CategoryScore;
import org.partnerledger.query.ledger.ReviewsView.Point;
import org.partnerledger.query.ledger.ReviewsView.Round;
import org.partnerledger.query.ledger.ReviewsView.Trend;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The review figures, from a {@link Ledger} (docs/figures.md): an item's score counts towards the category the
 * instrument puts the item in; an item of no adopted instrument counts towards none.
 */
final class Reviews {

    private Reviews() {
    }

    static ReviewsView of(Ledger ledger, Instant now, boolean stale) {
        List<Round> rounds = ledger.reviewRounds.entrySet().stream()
                .map(round -> round(ledger, round.getKey(), round.getValue())).toList();
        return new ReviewsView(UUID.fromString(ledger.partnershipId), ledger.version, now, stale,
                ledger.reviewCategoryNames.entrySet().stream()
                        .map(category -> new Category(category.getKey(), category.getValue())).toList(),
                rounds, trends(ledger, rounds));
    }

    static Round round(Ledger ledger, String roundId, ReviewRoundEntry round) {
        List<CategoryScore> categories = new ArrayList<>();
        for (String category : ledger.reviewCategoryNames.keySet()) {
            DoubleSummaryStatistics all = new DoubleSummaryStatistics();
            Map<String, Double> byPartner = new LinkedHashMap<>();
            round.scores.forEach((partner, scores) -> {
                DoubleSummaryStatistics mine = new DoubleSummaryStatistics();
                scores.forEach((item, score) -> {
                    if (category.equals(ledger.reviewItemCategories.get(item))) {
                        mine.accept(score);
                        all.accept(score);
                    }
                });
                if (mine.getCount() > 0) {
                    byPartner.put(partner, Figures.round(mine.getAverage()));
                }
            });
            if (all.getCount() > 0) {
                categories.add(new CategoryScore(category, Figures.round(all.getAverage()), byPartner,
                        spread(byPartner), all.getCount()));
            }
        }
        return new Round(roundId, round.title, round.openedAt, round.closedAt, categories);
    }

    /** The highest partner's average minus the lowest's, of partners who rated the category at all. */
    static Double spread(Map<String, Double> byPartner) {
        if (byPartner.size() < 2) {
            return null;
        }
        DoubleSummaryStatistics averages = byPartner.values().stream().mapToDouble(Double::doubleValue)
                .summaryStatistics();
        return Figures.round(averages.getMax() - averages.getMin());
    }

    private static List<Trend> trends(Ledger ledger, List<Round> rounds) {
        List<Round> closed = rounds.stream().filter(round -> round.closedAt() != null)
                .sorted(Comparator.comparing(Round::closedAt)).toList();
        List<Trend> trends = new ArrayList<>();
        for (String category : ledger.reviewCategoryNames.keySet()) {
            List<Point> points = closed.stream().flatMap(round -> round.categories().stream()
                    .filter(score -> score.category().equals(category))
                    .map(score -> new Point(round.roundId(), round.closedAt(), score.average()))).toList();
            Double change = points.size() < 2 ? null : Figures.round(points.get(points.size() - 1).average()
                    - points.get(points.size() - 2).average());
            trends.add(new Trend(category, points, change));
        }
        return trends;
    }
}
