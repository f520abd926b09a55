package org.partnerledger.query.funder;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MetricActivatedEvent;
import org.partnerledger.events.MetricIndicator;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MetricRetiredEvent;
import org.partnerledger.events.MetricTargetAmendedEvent;
import org.partnerledger.events.MetricTargetSetEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;
import org.partnerledger.query.funder.FunderView.MetricView;
import org.partnerledger.query.funder.FunderView.PeriodView;
import org.partnerledger.query.projection.EventEnvelope;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/** The funders' fold and its views on a day: stories under consent, metrics over their periods. */
class FunderFoldTest {

    private static final UUID PARTNERSHIP = UUID.randomUUID();
    private static final String STORY = UUID.randomUUID().toString();
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 10);

    private final List<PartnershipEvent> events = new ArrayList<>(List.of(formed(PARTNERSHIP),
            new StorySharedEvent(PARTNERSHIP.toString(), STORY, "Maria's first paycheck", "She found work", "abc")));

    @Test
    void aStoryWithoutConsentIsNotTold() {
        assertThat(view(TODAY).stories()).isEmpty();
    }

    @Test
    void aStoryIsToldWhileAConsentForTheFunderViewHolds() {
        events.add(consent(List.of("PUBLIC_REPORT", "FUNDER_VIEW"), TODAY.plusDays(1)));

        assertThat(view(TODAY).stories()).singleElement().satisfies(story -> {
            assertThat(story.narrative()).isEqualTo("She found work");
            assertThat(story.identification()).isEqualTo("FIRST_NAME");
        });
    }

    @Test
    void aConsentForOtherChannelsOnlyDoesNotTellTheStoryToFunders() {
        events.add(consent(List.of("PUBLIC_REPORT", "SOCIAL_MEDIA"), TODAY.plusYears(1)));

        assertThat(view(TODAY).stories()).isEmpty();
    }

    @Test
    void onTheDayItsConsentExpiresAStoryIsNoLongerTold() {
        events.add(consent(List.of("FUNDER_VIEW"), TODAY));

        assertThat(view(TODAY.minusDays(1)).stories()).hasSize(1);
        assertThat(view(TODAY).stories()).isEmpty();
    }

    @Test
    void aWithdrawnConsentRemovesTheStoryFromTheRecord() {
        events.add(consent(List.of("FUNDER_VIEW"), TODAY.plusYears(1)));
        events.add(new StoryConsentWithdrawnEvent(PARTNERSHIP.toString(), STORY, "She moved away"));

        FunderRecord record = record();

        assertThat(FunderViews.view(record, TODAY).stories()).isEmpty();
        assertThat(FunderRepository.write(record)).doesNotContain("She found work");
    }

    @Test
    void aLaterConsentReplacesAnEarlierOne() {
        events.add(consent(List.of("FUNDER_VIEW"), TODAY.plusYears(1)));
        events.add(consent(List.of("PUBLIC_REPORT"), TODAY.plusYears(1)));

        assertThat(view(TODAY).stories()).isEmpty();
    }

    @Test
    void aMetricShowsEachPeriodsLatestValueAgainstItsTargetFromItsBaseline() {
        String metric = proposed("Adults placed in jobs", "HOW_MUCH");
        events.add(new MetricActivatedEvent(PARTNERSHIP.toString(), metric, List.of("abc", "rcsd")));
        events.add(new MetricTargetSetEvent(PARTNERSHIP.toString(), metric, "2027-Q1", new BigDecimal("20")));
        events.add(new MetricTargetAmendedEvent(PARTNERSHIP.toString(), metric, "2027-Q1", new BigDecimal("25"),
                "A second site opened"));
        events.add(measured(metric, "2027-Q1", "18", 40, 18));
        events.add(new MeasurementCorrectedEvent(PARTNERSHIP.toString(), UUID.randomUUID().toString(), metric,
                "2027-Q1", new BigDecimal("21"), null, 21, "A late report"));
        events.add(measured(metric, "2027-Q2", "30", 50, 30));

        MetricView view = view(TODAY).metrics().get(0);

        assertThat(view.indicator().code()).isEqualTo("1.2");
        assertThat(view.periods()).containsExactly(
                new PeriodView("2027-Q1", new BigDecimal("21"), new BigDecimal("25"), BigDecimal.TEN, 40, 21),
                new PeriodView("2027-Q2", new BigDecimal("30"), null, BigDecimal.TEN, 50, 30));
    }

    @Test
    void onlyActiveMetricsAreShownTheBetterOffOnesFirst() {
        String howMuch = proposed("Adults enrolled", "HOW_MUCH");
        String betterOff = proposed("Families above the living wage", "BETTER_OFF");
        String proposedOnly = proposed("Hubs opened", "HOW_MUCH");
        String retired = proposed("Flyers handed out", "HOW_MUCH");
        for (String metric : List.of(howMuch, betterOff, retired)) {
            events.add(new MetricActivatedEvent(PARTNERSHIP.toString(), metric, List.of("abc", "rcsd")));
        }
        events.add(new MetricRetiredEvent(PARTNERSHIP.toString(), retired, "Not a result"));

        assertThat(view(TODAY).metrics()).extracting(MetricView::metricId).containsExactly(betterOff, howMuch)
                .doesNotContain(proposedOnly);
    }

    @Test
    void anEventFundersMayNotSeeChangesOnlyTheVersion() {
        String before = FunderRepository.write(record());
        events.add(new ConflictLoggedEvent(PARTNERSHIP.toString(), UUID.randomUUID().toString(), "Data sharing",
                "The district cannot share records", List.of("abc", "rcsd"), "HIGH"));

        FunderRecord after = record();

        assertThat(after.version).isEqualTo(events.size() - 1);
        assertThat(FunderRepository.write(after).replace("\"version\":" + after.version, "\"version\":1"))
                .isEqualTo(before);
    }

    @Test
    void periodsAreTakenWhenTheyOverlapTheDaysAsked() {
        var march = Periods.overlapping(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31));

        assertThat(march.test("2027-03")).isTrue();
        assertThat(march.test("2027-Q1")).isTrue();
        assertThat(march.test("2027")).isTrue();
        assertThat(march.test("2027-04")).isFalse();
        assertThat(march.test("2027-Q2")).isFalse();
        assertThat(march.test("2026")).isFalse();
        assertThat(Periods.overlapping(null, null).test("2031-Q4")).isTrue();
    }

    private String proposed(String name, String kind) {
        String metricId = UUID.randomUUID().toString();
        events.add(new MetricProposedEvent(PARTNERSHIP.toString(), metricId, name, "Counted at intake", "INDIVIDUALS",
                BigDecimal.TEN, new BigDecimal("100"), LocalDate.of(2027, 12, 31), "UP", "abc", "Intake forms",
                "QUARTERLY", kind, new MetricIndicator("CSBG-NPI", "2.0", "1.2")));
        return metricId;
    }

    private MeasurementRecordedEvent measured(String metric, String period, String value, int served, int achieving) {
        return new MeasurementRecordedEvent(PARTNERSHIP.toString(), UUID.randomUUID().toString(), metric, period,
                new BigDecimal(value), served, achieving, "abc");
    }

    private StoryConsentRecordedEvent consent(List<String> channels, LocalDate expiresOn) {
        return new StoryConsentRecordedEvent(PARTNERSHIP.toString(), STORY, "FIRST_NAME", channels, expiresOn, false,
                false, TODAY.minusDays(30));
    }

    private FunderView view(LocalDate today) {
        return FunderViews.view(record(), today);
    }

    private FunderRecord record() {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            envelopes.add(envelope(events.get(sequence), sequence));
        }
        return FunderRepository.read(FunderRepository.write(
                FunderFold.fold(FunderRecord.of(PARTNERSHIP.toString()), envelopes)));
    }

    private static EventEnvelope envelope(PartnershipEvent event, long sequence) {
        return new EventEnvelope(UUID.randomUUID(), PartnershipEventsTopic.typeName(event.getClass()), 1, PARTNERSHIP,
                sequence, Instant.parse("2027-01-04T10:00:00Z").plusSeconds(sequence), null, null, null, null, null,
                event);
    }
}
