package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MetricTargetAmendedEvent;
import org.partnerledger.events.MetricTargetSetEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** A metric's series shows each period's value with, for a corrected one, what was recorded and every correction. */
class MetricSeriesTest {

    private static final String METRIC = "b1000000-0000-4000-8000-000000000001";
    private static final String UNKNOWN = "b1000000-0000-4000-8000-0000000000ff";

    @Test
    void anUncorrectedPeriodShowsItsValueAndNoCorrection() {
        MetricsView.Point point = series(Histories.formed().add(proposed()).add(measured("2025-Q1", 40)))
                .series().get(0);

        assertThat(point.period()).isEqualTo("2025-Q1");
        assertThat(point.value()).isEqualByComparingTo("40");
        assertThat(point.original()).isNull();
        assertThat(point.corrections()).isEmpty();
    }

    @Test
    void aCorrectedPeriodShowsTheValueCorrectedTheOriginalAndEachCorrectionWithItsReason() {
        Histories history = Histories.formed().add(proposed()).add(measured("2025-Q1", 40))
                .add(measured("2025-Q2", 55)).after(5).add(corrected("2025-Q1", 42, "Two files were late"))
                .after(5).add(corrected("2025-Q1", 41, "One was counted twice"));

        MetricsView.Metric metric = series(history);

        assertThat(metric.series()).extracting(MetricsView.Point::period).containsExactly("2025-Q1", "2025-Q2");
        MetricsView.Point q1 = metric.series().get(0);
        assertThat(q1.value()).isEqualByComparingTo("41");
        assertThat(q1.original()).isEqualByComparingTo("40");
        assertThat(q1.corrections()).extracting(MetricsView.Correction::reason)
                .containsExactly("Two files were late", "One was counted twice");
        assertThat(q1.corrections().get(0).value()).isEqualByComparingTo("42");
        assertThat(q1.corrections().get(1).at()).isEqualTo(history.at());
        assertThat(metric.series().get(1).corrections()).isEmpty();
    }

    @Test
    void aCorrectionOfTheCountsAloneKeepsTheValueAndIsShown() {
        Histories history = Histories.formed().add(proposed()).add(measured("2025-Q1", 40))
                .add(new MeasurementCorrectedEvent(PARTNERSHIP, "c1000000-0000-4000-8000-000000000009", METRIC,
                        "2025-Q1", null, 12, 9, "Counts were swapped"));

        MetricsView.Point q1 = series(history).series().get(0);

        assertThat(q1.value()).isEqualByComparingTo("40");
        assertThat(q1.original()).isEqualByComparingTo("40");
        assertThat(q1.corrections()).singleElement().satisfies(correction -> {
            assertThat(correction.value()).isNull();
            assertThat(correction.served()).isEqualTo(12);
        });
    }

    @Test
    void periodTargetsShowTheirLatestAmendment() {
        Histories history = Histories.formed().add(proposed())
                .add(new MetricTargetSetEvent(PARTNERSHIP, METRIC, "2025-Q1", BigDecimal.valueOf(30)))
                .add(new MetricTargetAmendedEvent(PARTNERSHIP, METRIC, "2025-Q1", BigDecimal.valueOf(25), "Cut"));

        assertThat(series(history).targets()).singleElement()
                .isEqualTo(new MetricsView.PeriodTarget("2025-Q1", BigDecimal.valueOf(25)));
    }

    @Test
    void aMeasurementOfAnUnknownMetricChangesNothing() {
        Histories history = Histories.formed().add(proposed())
                .add(new MeasurementRecordedEvent(PARTNERSHIP, "c1000000-0000-4000-8000-000000000008", UNKNOWN,
                        "2025-Q1", BigDecimal.ONE, null, null, "abc"))
                .add(new MeasurementCorrectedEvent(PARTNERSHIP, "c1000000-0000-4000-8000-000000000007", UNKNOWN,
                        "2025-Q1", BigDecimal.TEN, null, null, "Typo"));

        MetricsView view = MetricsView.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()), history.at(),
                false);

        assertThat(view.metrics()).singleElement().satisfies(metric -> assertThat(metric.series()).isEmpty());
    }

    private static MetricsView.Metric series(Histories history) {
        Ledger ledger = LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events());
        return MetricsView.of(ledger, Instant.parse("2026-01-01T00:00:00Z"), false).metrics().get(0);
    }

    private static MetricProposedEvent proposed() {
        return new MetricProposedEvent(PARTNERSHIP, METRIC, "Jobs", "Adults placed in a job", "INDIVIDUALS",
                BigDecimal.ZERO, BigDecimal.valueOf(200), LocalDate.of(2025, 12, 31), "UP", "abc", "Case files",
                "QUARTERLY", "BETTER_OFF", null);
    }

    private static MeasurementRecordedEvent measured(String period, int value) {
        return new MeasurementRecordedEvent(PARTNERSHIP, "c1000000-0000-4000-8000-00000000000" + period.charAt(6),
                METRIC, period, BigDecimal.valueOf(value), null, null, "abc");
    }

    private static MeasurementCorrectedEvent corrected(String period, int value, String reason) {
        return new MeasurementCorrectedEvent(PARTNERSHIP, "c1000000-0000-4000-8000-000000000005", METRIC, period,
                BigDecimal.valueOf(value), null, null, reason);
    }
}
