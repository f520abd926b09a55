package org.partnerledger.command.partnership.review;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.PartnershipFixtures;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.ReviewAnswer;
import org.partnerledger.events.ReviewCategory;
import org.partnerledger.events.ReviewFactor;
import org.partnerledger.events.ReviewInstrumentAdoptedEvent;
import org.partnerledger.events.ReviewItem;
import org.partnerledger.events.ReviewRatingsSubmittedEvent;
import org.partnerledger.events.ReviewRoundClosedEvent;
import org.partnerledger.events.ReviewRoundOpenedEvent;
import org.partnerledger.events.Vision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.partnership.RejectedWith.rejectedWith;

class ReviewsTest {

    private static final String ID = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";
    private static final String ROUND = "8b0d2f4a-6c8e-4a0b-8d2f-4a6c8e0a2b4d";
    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    private static final LocalDate CLOSES_ON = LocalDate.of(2026, 12, 15);
    private static final PartnershipFormedEvent FORMED = new PartnershipFormedEvent(ID, "Working Families",
            new Vision("Every family reaches a living wage", List.of("200 jobs")),
            List.of(new Partner("abc", "ABC", Partner.derivedOrganisationId("abc"), null),
                    new Partner("rcsd", "RCSD", Partner.derivedOrganisationId("rcsd"), null)), "abc", null);
    private static final ReviewRoundOpenedEvent OPENED = new ReviewRoundOpenedEvent(ID, ROUND, "Winter review",
            CLOSES_ON, "partnerledger-practices", "1");
    private static final List<ReviewCategory> COUNTY_CHECK = List.of(new ReviewCategory("trust", "Trust",
            List.of(new ReviewFactor("honesty", "Honesty", List.of(new ReviewItem("honest-limits",
                    "Are partners open about their limits?"))))));
    private static final ReviewAnswer CHANNELS_4 = new ReviewAnswer("communication-channels", 4, "Email works");

    private AggregateTestFixture<?> fixture;

    @BeforeEach
    void setUp() {
        fixture = PartnershipFixtures.at(NOW);
    }

    @Test
    void theDefaultInstrumentHasACategoryPerPracticeWithOneToThreeItemsAndDistinctKeys() {
        assertThat(DefaultInstrument.CATEGORIES).hasSize(11).allSatisfy(category -> assertThat(
                category.factors().stream().mapToInt(factor -> factor.items().size()).sum()).isBetween(1, 3));
        assertThat(DefaultInstrument.CATEGORIES.stream().flatMap(category -> Stream.concat(Stream.of(category.key()),
                category.factors().stream().flatMap(factor -> Stream.concat(Stream.of(factor.key()),
                        factor.items().stream().map(ReviewItem::key)))))).doesNotHaveDuplicates();
    }

    @Test
    void aRoundOpenedBeforeAnyInstrumentIsAdoptedUsesTheDefaultInstrument() {
        fixture.given(FORMED)
                .when(new OpenReviewRoundCommand(ID, null, ROUND, "Winter review", CLOSES_ON))
                .expectEvents(OPENED)
                .expectResultMessagePayload(new CommandResult(ROUND, 1));
    }

    @Test
    void aRoundOpenedAfterAnAdoptionUsesTheAdoptedInstrument() {
        fixture.given(FORMED, new ReviewInstrumentAdoptedEvent(ID, "county-check", "2", COUNTY_CHECK))
                .when(new OpenReviewRoundCommand(ID, null, ROUND, "Winter review", CLOSES_ON))
                .expectEvents(new ReviewRoundOpenedEvent(ID, ROUND, "Winter review", CLOSES_ON, "county-check",
                        "2"));
    }

    @Test
    void adoptingAnInstrumentCarriesTheWholeInstrumentInItsEvent() {
        fixture.given(FORMED)
                .when(new AdoptReviewInstrumentCommand(ID, null, "county-check", "2", COUNTY_CHECK))
                .expectEvents(new ReviewInstrumentAdoptedEvent(ID, "county-check", "2", COUNTY_CHECK));
    }

    @Test
    void adoptingTheInstrumentVersionInUseIsRejected() {
        fixture.given(FORMED)
                .when(new AdoptReviewInstrumentCommand(ID, null, "partnerledger-practices", "1", COUNTY_CHECK))
                .expectException(rejectedWith("REVIEW_INSTRUMENT_IN_USE"))
                .expectNoEvents();
    }

    @Test
    void anInstrumentWithAKeyUsedTwiceIsRejected() {
        List<ReviewCategory> twice = List.of(new ReviewCategory("trust", "Trust", List.of(new ReviewFactor("trust",
                "Honesty", List.of(new ReviewItem("honest-limits", "Are partners open about their limits?"))))));
        fixture.given(FORMED)
                .when(new AdoptReviewInstrumentCommand(ID, null, "county-check", "2", twice))
                .expectException(rejectedWith("REVIEW_KEY_DUPLICATED"))
                .expectNoEvents();
    }

    @Test
    void openingARoundThatClosedInThePastIsRejected() {
        fixture.given(FORMED)
                .when(new OpenReviewRoundCommand(ID, null, ROUND, "Winter review", LocalDate.of(2026, 11, 1)))
                .expectException(rejectedWith("DUE_DATE_IN_PAST"))
                .expectNoEvents();
    }

    @Test
    void ratingItemsOfAnOpenRoundSubmitsTheRatings() {
        fixture.given(FORMED, OPENED)
                .when(rate("rcsd", CHANNELS_4))
                .expectEvents(new ReviewRatingsSubmittedEvent(ID, ROUND, "rcsd", List.of(CHANNELS_4)));
    }

    @Test
    void ratingAnItemAPartnerRatedAlreadyInTheRoundIsRejected() {
        fixture.given(FORMED, OPENED, new ReviewRatingsSubmittedEvent(ID, ROUND, "rcsd", List.of(CHANNELS_4)))
                .when(rate("rcsd", new ReviewAnswer("communication-channels", 2, null)))
                .expectException(rejectedWith("ITEM_ALREADY_RATED"))
                .expectNoEvents();
    }

    @Test
    void ratingAnItemTwiceInOneSubmissionIsRejected() {
        fixture.given(FORMED, OPENED)
                .when(rate("rcsd", CHANNELS_4, new ReviewAnswer("communication-channels", 2, null)))
                .expectException(rejectedWith("ITEM_ALREADY_RATED"))
                .expectNoEvents();
    }

    @Test
    void anotherPartnerMayRateTheSameItem() {
        fixture.given(FORMED, OPENED, new ReviewRatingsSubmittedEvent(ID, ROUND, "rcsd", List.of(CHANNELS_4)))
                .when(rate("abc", CHANNELS_4))
                .expectEvents(new ReviewRatingsSubmittedEvent(ID, ROUND, "abc", List.of(CHANNELS_4)));
    }

    @Test
    void ratingAnItemNotInTheRoundsInstrumentIsRejected() {
        fixture.given(FORMED, OPENED)
                .when(rate("rcsd", new ReviewAnswer("honest-limits", 3, null)))
                .expectException(rejectedWith("REVIEW_ITEM_UNKNOWN"))
                .expectNoEvents();
    }

    @Test
    void ratingInARoundThePartnershipDoesNotHoldIsRejected() {
        fixture.given(FORMED)
                .when(rate("rcsd", CHANNELS_4))
                .expectException(rejectedWith("REVIEW_ROUND_NOT_FOUND"))
                .expectNoEvents();
    }

    @Test
    void closingARoundClosesIt() {
        fixture.given(FORMED, OPENED)
                .when(new CloseReviewRoundCommand(ID, null, ROUND, "Meet more often"))
                .expectEvents(new ReviewRoundClosedEvent(ID, ROUND, "Meet more often"));
    }

    @Test
    void ratingInAClosedRoundIsRejected() {
        fixture.given(FORMED, OPENED, new ReviewRoundClosedEvent(ID, ROUND, null))
                .when(rate("rcsd", CHANNELS_4))
                .expectException(rejectedWith("REVIEW_ROUND_CLOSED"))
                .expectNoEvents();
    }

    private static SubmitReviewRatingsCommand rate(String partner, ReviewAnswer... answers) {
        return new SubmitReviewRatingsCommand(ID, null, ROUND, partner, List.of(answers));
    }
}
