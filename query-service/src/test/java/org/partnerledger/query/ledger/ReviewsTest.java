package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.ReviewAnswer;
import org.partnerledger.events.ReviewCategory;
import org.partnerledger.events.ReviewFactor;
import org.partnerledger.events.ReviewInstrumentAdoptedEvent;
import org.partnerledger.events.ReviewItem;
import org.partnerledger.events.ReviewRatingsSubmittedEvent;
import org.partnerledger.events.ReviewRoundClosedEvent;
import org.partnerledger.events.ReviewRoundOpenedEvent;
import org.partnerledger.query.ledger.ReviewsView.CategoryScore;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** The review figures, as docs/figures.md ("Reviews") defines them. */
class ReviewsTest {

    private static final String FIRST = "d2000000-0000-4000-8000-000000000001";
    private static final String SECOND = "d2000000-0000-4000-8000-000000000002";

    @Test
    void aRoundsCategoryAverageIsOfEveryScoreGivenToItsItemsByEveryPartner() {
        Histories history = adopted().add(opened(FIRST))
                .add(rated(FIRST, "abc", "trust-1", 4, "trust-2", 5, "conflict-1", 1))
                .add(rated(FIRST, "rcsd", "trust-1", 3));

        CategoryScore trust = score(reviews(history).rounds().get(0), "trust");

        assertThat(trust.average()).isEqualTo(4.0);
        assertThat(trust.answers()).isEqualTo(3);
        assertThat(trust.byPartner()).isEqualTo(Map.of("abc", 4.5, "rcsd", 3.0));
    }

    @Test
    void theSpreadIsTheHighestPartnersAverageMinusTheLowests() {
        Histories history = adopted().add(opened(FIRST))
                .add(rated(FIRST, "abc", "trust-1", 5, "trust-2", 4))
                .add(rated(FIRST, "rcsd", "trust-1", 2))
                .add(rated(FIRST, "county", "trust-1", 3));

        assertThat(score(reviews(history).rounds().get(0), "trust").spread()).isEqualTo(2.5);
    }

    @Test
    void aCategoryRatedByOnePartnerHasNoSpread() {
        Histories history = adopted().add(opened(FIRST)).add(rated(FIRST, "abc", "conflict-1", 2));

        assertThat(score(reviews(history).rounds().get(0), "conflict").spread()).isNull();
    }

    @Test
    void aCategoryNobodyRatedInARoundHasNoScoreInIt() {
        Histories history = adopted().add(opened(FIRST)).add(rated(FIRST, "abc", "trust-1", 2));

        assertThat(reviews(history).rounds().get(0).categories()).extracting(CategoryScore::category)
                .containsExactly("trust");
    }

    @Test
    void theTrendIsOfClosedRoundsInTheOrderTheyClosedAndItsChangeIsTheLastStep() {
        Histories history = adopted()
                .add(opened(FIRST)).add(rated(FIRST, "abc", "trust-1", 2)).after(10)
                .add(opened(SECOND)).add(rated(SECOND, "abc", "trust-1", 4)).after(10)
                .add(new ReviewRoundClosedEvent(PARTNERSHIP, SECOND, null)).after(10)
                .add(new ReviewRoundClosedEvent(PARTNERSHIP, FIRST, null));

        ReviewsView.Trend trust = reviews(history).trends().stream()
                .filter(trend -> trend.category().equals("trust")).findFirst().orElseThrow();

        assertThat(trust.points()).extracting(ReviewsView.Point::roundId).containsExactly(SECOND, FIRST);
        assertThat(trust.change()).isEqualTo(-2.0);
    }

    @Test
    void anOpenRoundShowsItsAveragesSoFarButIsNotInTheTrend() {
        Histories history = adopted().add(opened(FIRST)).add(rated(FIRST, "abc", "trust-1", 2));

        ReviewsView reviews = reviews(history);

        assertThat(reviews.rounds().get(0).closedAt()).isNull();
        assertThat(reviews.trends()).allSatisfy(trend -> {
            assertThat(trend.points()).isEmpty();
            assertThat(trend.change()).isNull();
        });
    }

    private static ReviewsView reviews(Histories history) {
        return Reviews.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()), history.at(), false);
    }

    private static CategoryScore score(ReviewsView.Round round, String category) {
        return round.categories().stream().filter(score -> score.category().equals(category)).findFirst()
                .orElseThrow();
    }

    private static Histories adopted() {
        return Histories.formed().add(new ReviewInstrumentAdoptedEvent(PARTNERSHIP,
                "d1000000-0000-4000-8000-000000000001", "1", List.of(
                new ReviewCategory("trust", "Trust", List.of(new ReviewFactor("t", "Trust", List.of(
                        new ReviewItem("trust-1", "Do you trust them?"),
                        new ReviewItem("trust-2", "Do they keep their word?"))))),
                new ReviewCategory("conflict", "Conflict resolution", List.of(new ReviewFactor("c", "Conflict",
                        List.of(new ReviewItem("conflict-1", "Are conflicts resolved?"))))))));
    }

    private static ReviewRoundOpenedEvent opened(String round) {
        return new ReviewRoundOpenedEvent(PARTNERSHIP, round, "Annual review", LocalDate.of(2026, 1, 1), null, null);
    }

    /** Item keys and scores in turn. */
    private static ReviewRatingsSubmittedEvent rated(String round, String partner, Object... itemsAndScores) {
        List<ReviewAnswer> answers = new ArrayList<>();
        for (int i = 0; i < itemsAndScores.length; i += 2) {
            answers.add(new ReviewAnswer((String) itemsAndScores[i], (Integer) itemsAndScores[i + 1], null));
        }
        return new ReviewRatingsSubmittedEvent(PARTNERSHIP, round, partner, answers);
    }
}
