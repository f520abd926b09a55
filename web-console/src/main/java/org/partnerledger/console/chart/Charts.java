package org.partnerledger.console.chart;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.partnerledger.console.chart.Chart.Line;
import org.partnerledger.console.chart.Chart.Series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console's charts, from the answers of query-service as api.md shapes them. */
public final class Charts {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    /** The dashboard's {@code actions}: how many are open, overdue, completed and cancelled. */
    public static Chart actionsByStatus(Map<String, Object> actions) {
        List<String> statuses = List.of("open", "overdue", "completed", "cancelled");
        List<Number> counts = statuses.stream().map(status -> number(actions.get(status))).toList();
        return new Chart("Actions by status", "bar", "actions",
                List.of("Open", "Overdue", "Completed", "Cancelled"),
                List.of(new Series("Actions", counts, List.of())));
    }

    /**
     * One metric of {@code /metrics}: its value per period against the period's target, with the baseline and the
     * overall target as lines. Periods come in the order first measured or targeted.
     */
    @SuppressWarnings("unchecked")
    public static Chart metric(Map<String, Object> metric) {
        Map<String, Number> actual = new LinkedHashMap<>();
        for (Map<String, Object> point : (List<Map<String, Object>>) metric.getOrDefault("series", List.of())) {
            actual.put(String.valueOf(point.get("period")), (Number) point.get("value"));
        }
        Map<String, Number> targets = new LinkedHashMap<>();
        for (Map<String, Object> target : (List<Map<String, Object>>) metric.getOrDefault("targets", List.of())) {
            targets.put(String.valueOf(target.get("period")), (Number) target.get("target"));
        }
        List<String> periods = new ArrayList<>(actual.keySet());
        targets.keySet().stream().filter(period -> !actual.containsKey(period)).sorted().forEach(periods::add);
        List<Line> lines = new ArrayList<>();
        if (metric.get("baseline") instanceof Number baseline) {
            lines.add(new Line("Baseline", baseline));
        }
        if (metric.get("target") instanceof Number target) {
            lines.add(new Line("Target", target));
        }
        return new Chart(String.valueOf(metric.get("name")), "line", String.valueOf(metric.get("unit")), periods,
                List.of(new Series("Actual", periods.stream().map(actual::get).toList(), lines),
                        new Series("Target for the period", periods.stream().map(targets::get).toList(), List.of())));
    }

    /** A metric of the funder view: the actual value per period against its target, and the baseline. */
    @SuppressWarnings("unchecked")
    public static Chart funderMetric(Map<String, Object> metric) {
        List<Map<String, Object>> periods = (List<Map<String, Object>>) metric.getOrDefault("periods", List.of());
        List<Line> lines = new ArrayList<>();
        if (metric.get("baseline") instanceof Number baseline) {
            lines.add(new Line("Baseline", baseline));
        }
        if (metric.get("target") instanceof Number target) {
            lines.add(new Line("Target", target));
        }
        return new Chart(String.valueOf(metric.get("name")), "line", String.valueOf(metric.get("unit")),
                periods.stream().map(period -> String.valueOf(period.get("period"))).toList(),
                List.of(new Series("Actual", periods.stream().map(period -> (Number) period.get("actual")).toList(),
                                lines),
                        new Series("Target for the period",
                                periods.stream().map(period -> (Number) period.get("target")).toList(), List.of())));
    }

    /** The chart as the {@code data-chart} attribute carries it. */
    public static String json(Chart chart) {
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Number number(Object value) {
        return value instanceof Number number ? number : 0;
    }
}
