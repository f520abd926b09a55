package org.partnerledger.console.chart;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {

    @Test
    void givenAMetricWithValuesAndTargetsWhenChartedExpectEveryPeriodWithBaselineAndTargetLines() {
        Chart chart = Charts.metric(Map.of("name", "Adults placed", "unit", "INDIVIDUALS", "baseline", 10,
                "target", 200,
                "series", List.of(Map.of("period", "2027-Q1", "value", 25), Map.of("period", "2027-Q2", "value", 40)),
                "targets", List.of(Map.of("period", "2027-Q2", "target", 50), Map.of("period", "2027-Q3", "target", 80))));

        assertThat(chart.categories()).containsExactly("2027-Q1", "2027-Q2", "2027-Q3");
        assertThat(chart.series().get(0).values()).containsExactly(25, 40, null);
        assertThat(chart.series().get(1).values()).containsExactly(null, 50, 80);
        assertThat(chart.series().get(0).lines()).containsExactly(new Chart.Line("Baseline", 10),
                new Chart.Line("Target", 200));
    }

    @Test
    void givenTheDashboardsActionFiguresWhenChartedExpectOneBarPerStatus() {
        Chart chart = Charts.actionsByStatus(Map.of("open", 2, "overdue", 1, "completed", 3, "cancelled", 0));

        assertThat(chart.series().get(0).values()).containsExactly(2, 1, 3, 0);
    }
}
