package org.partnerledger.query.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The shared metrics with their targets and their series, every correction shown beside what it corrected. */
public record MetricsView(UUID partnershipId, long version, Instant asOf, boolean stale, List<Metric> metrics) {

    /** @param status {@code PROPOSED}, {@code ACTIVE} or {@code RETIRED} */
    public record Metric(String metricId, String name, String definition, String unit, String measureKind,
                         String direction, String status, BigDecimal baseline, BigDecimal target,
                         LocalDate targetDate, List<PeriodTarget> targets, List<Point> series) {
    }

    public record PeriodTarget(String period, BigDecimal target) {
    }

    /**
     * @param value       the value of the period, corrections applied
     * @param original    for a corrected period, the value first recorded ({@code null} if it was never recorded);
     *                    {@code null} for an uncorrected one
     * @param corrections in the order recorded
     */
    public record Point(String period, BigDecimal value, BigDecimal original, List<Correction> corrections) {
    }

    /** @param value {@code null} when the correction changed only the counts served or achieving */
    public record Correction(BigDecimal value, Integer served, Integer achieving, String reason, Instant at) {
    }

    static MetricsView of(Ledger ledger, Instant asOf, boolean stale) {
        return new MetricsView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.metrics.entrySet().stream().map(entry -> metric(entry.getKey(), entry.getValue())).toList());
    }

    private static Metric metric(String id, Ledger.MetricEntry metric) {
        return new Metric(id, metric.name, metric.definition, metric.unit, metric.measureKind, metric.direction,
                status(metric), metric.baseline, metric.target, metric.targetDate,
                metric.targets.entrySet().stream().map(entry -> new PeriodTarget(entry.getKey(), entry.getValue()))
                        .toList(),
                metric.values.entrySet().stream().map(entry -> point(entry.getKey(), entry.getValue(),
                        metric.periods.get(entry.getKey()))).toList());
    }

    private static Point point(String period, BigDecimal value, Ledger.PeriodEntry entry) {
        if (entry == null || entry.corrections.isEmpty()) {
            return new Point(period, value, null, List.of());
        }
        return new Point(period, value, entry.recorded, entry.corrections.stream().map(correction ->
                new Correction(correction.value(), correction.served(), correction.achieving(), correction.reason(),
                        correction.at())).toList());
    }

    private static String status(Ledger.MetricEntry metric) {
        if (metric.retired) {
            return "RETIRED";
        }
        return metric.active ? "ACTIVE" : "PROPOSED";
    }
}
