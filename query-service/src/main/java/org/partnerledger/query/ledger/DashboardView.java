package org.partnerledger.query.ledger;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The coordinators' dashboard of one partnership, every figure as {@code docs/figures.md} defines it.
 *
 * @param version the partnership's version the dashboard reflects
 * @param asOf    the instant the figures are for: now, the {@code asOf} asked, or the moment of the version asked
 * @param stale   whether a {@code minVersion} was asked and not reached in time: the dashboard is then older
 */
public record DashboardView(UUID partnershipId, String name, long version, Instant asOf, boolean stale,
                            Vision vision, Actions actions, Decisions decisions, Conflicts conflicts,
                            Meetings meetings, List<AgreementReview> agreementsDueForReview, List<Metric> metrics,
                            List<Milestone> milestones) {

    /** @param revisitOverdue whether {@code revisitEveryMonths} have passed since the last revisit */
    public record Vision(int revision, String statement, List<String> goals, Instant lastRevisitedAt,
                         long daysSinceRevisit, int revisitEveryMonths, boolean revisitOverdue) {
    }

    /** @param onTimeCompletionRate completed by their due date, of all completed; {@code null} before any */
    public record Actions(long open, long overdue, long completed, long cancelled, Double onTimeCompletionRate) {
    }

    public record Decisions(long total, long last30Days, long last90Days) {
    }

    /** @param medianDaysToResolve of the resolved ones; {@code null} before any */
    public record Conflicts(long open, Map<String, Long> openByStep, Double medianDaysToResolve) {
    }

    /** @param cadence {@code null} until one is agreed, and then nothing is expected */
    public record Meetings(String cadence, Instant since, long expected, long held, long missed) {
    }

    /** @param daysLate past the review date; negative for days left */
    public record AgreementReview(String agreementId, String title, LocalDate reviewBy, long daysLate) {
    }

    /** @param shareOfTheWay 0 at the baseline, 1 at the target; {@code null} before a value */
    public record Metric(String metricId, String name, String unit, String status, BigDecimal baseline,
                         BigDecimal target, LocalDate targetDate, String latestPeriod, BigDecimal latest,
                         Double shareOfTheWay) {
    }

    public record Milestone(String milestoneId, String title, LocalDate achievedOn, String metricId) {
    }

    static DashboardView of(Ledger ledger, Instant asOf, boolean stale) {
        Figures figures = new Figures(ledger, asOf);
        Ledger.VisionEntry vision = ledger.vision();
        return new DashboardView(UUID.fromString(ledger.partnershipId), ledger.name, ledger.version, asOf, stale,
                new Vision(vision.revision(), vision.statement(), vision.goals(), ledger.visionRevisitedAt,
                        figures.daysSinceVisionRevisit(), ledger.visionRevisitMonths,
                        figures.visionRevisitOverdue()),
                new Actions(figures.openActions(), figures.overdueActions(), figures.completedActions(),
                        figures.cancelledActions(), figures.onTimeCompletionRate()),
                new Decisions(figures.decisions(), figures.decisionsInLast(30), figures.decisionsInLast(90)),
                new Conflicts(figures.openConflicts(), figures.openConflictsByStep(), figures.medianDaysToResolve()),
                new Meetings(ledger.meetingCadence, figures.meetingWindowStart(), figures.meetingsExpected(),
                        figures.meetingsHeld(), figures.meetingsMissed()),
                ledger.agreements.entrySet().stream().filter(entry -> figures.agreementDueForReview(entry.getValue()))
                        .map(entry -> new AgreementReview(entry.getKey(), entry.getValue().title,
                                entry.getValue().reviewBy, figures.agreementReviewDaysLate(entry.getValue())))
                        .toList(),
                ledger.metrics.entrySet().stream().filter(entry -> !entry.getValue().retired)
                        .map(entry -> metric(entry.getKey(), entry.getValue())).toList(),
                ledger.milestones.values().stream().map(milestone -> new Milestone(milestone.milestoneId(), milestone.title(),
                        milestone.achievedOn(), milestone.metricId())).toList());
    }

    private static Metric metric(String id, Ledger.MetricEntry metric) {
        return new Metric(id, metric.name, metric.unit, metric.active ? "ACTIVE" : "PROPOSED", metric.baseline,
                metric.target, metric.targetDate, Figures.latestPeriod(metric), Figures.latestValue(metric),
                Figures.shareOfTheWay(metric));
    }
}
