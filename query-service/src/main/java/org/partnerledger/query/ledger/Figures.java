package org.partnerledger.query.ledger;

import org.partnerledger.query.calendar.Today;
import org.partnerledger.query.ledger.Ledger.ActionEntry;
import org.partnerledger.query.ledger.Ledger.MetricEntry;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every figure the dashboards and the health show, each defined here once and described in
 * {@code docs/figures.md}, computed from a {@link Ledger} and the instant asked about, so two screens never count
 * the same thing two ways.
 */
final class Figures {

    private final Ledger ledger;
    private final Instant now;
    private final LocalDate today;

    Figures(Ledger ledger, Instant now) {
        this.ledger = ledger;
        this.now = now;
        this.today = Today.at(now);
    }

    Instant now() {
        return now;
    }

    LocalDate today() {
        return today;
    }

    /** An open action is overdue once its due date is over everywhere. */
    boolean overdue(ActionEntry action) {
        return open(action) && action.dueDate.isBefore(today);
    }

    static boolean open(ActionEntry action) {
        return action.completedOn == null && action.cancelledAt == null;
    }

    /** Completed or cancelled as its events say, else overdue or open by its due date. */
    ActionStatus status(ActionEntry action) {
        if (action.completedOn != null) {
            return ActionStatus.COMPLETED;
        }
        if (action.cancelledAt != null) {
            return ActionStatus.CANCELLED;
        }
        return overdue(action) ? ActionStatus.OVERDUE : ActionStatus.OPEN;
    }

    /** Open and not yet overdue, as an action's status {@code OPEN} says. */
    long openActions() {
        return ledger.actions.values().stream().filter(action -> open(action) && !overdue(action)).count();
    }

    /** Neither completed nor cancelled: open or overdue. */
    long unfinishedActions() {
        return ledger.actions.values().stream().filter(Figures::open).count();
    }

    long overdueActions() {
        return ledger.actions.values().stream().filter(this::overdue).count();
    }

    long completedActions() {
        return ledger.actions.values().stream().filter(action -> action.completedOn != null).count();
    }

    long cancelledActions() {
        return ledger.actions.values().stream().filter(action -> action.cancelledAt != null).count();
    }

    /** Completed on or before the due date they had when completed, of all completed; {@code null} before any. */
    Double onTimeCompletionRate() {
        List<ActionEntry> completed = ledger.actions.values().stream().filter(action -> action.completedOn != null)
                .toList();
        if (completed.isEmpty()) {
            return null;
        }
        long onTime = completed.stream().filter(action -> !action.completedOn.isAfter(action.dueDate)).count();
        return round((double) onTime / completed.size());
    }

    /** Decisions recorded in the {@code days} days up to now (a day being 24 hours). */
    long decisionsInLast(int days) {
        Instant since = now.minus(Duration.ofDays(days));
        return ledger.decisions.values().stream()
                .filter(decision -> decision.recordedAt.isAfter(since) && !decision.recordedAt.isAfter(now)).count();
    }

    /** Every decision recorded, superseded or not. */
    long decisions() {
        return ledger.decisions.size();
    }

    long openConflicts() {
        return ledger.conflicts.values().stream().filter(Figures::isOpen).count();
    }

    /** Resolved and not reopened since. */
    long resolvedConflicts() {
        return ledger.conflicts.size() - openConflicts();
    }

    static ConflictStatus status(Ledger.ConflictEntry conflict) {
        return isOpen(conflict) ? ConflictStatus.OPEN : ConflictStatus.RESOLVED;
    }

    /** The one rule for an open conflict: logged, or reopened, and not resolved since. */
    private static boolean isOpen(Ledger.ConflictEntry conflict) {
        return conflict.resolvedAt == null;
    }

    /** Open conflicts by the step of the ladder they are on ({@code none} before a ladder was agreed). */
    Map<String, Long> openConflictsByStep() {
        return ledger.conflicts.values().stream().filter(Figures::isOpen)
                .collect(Collectors.groupingBy(conflict -> conflict.step == null ? "none" : conflict.step,
                        TreeMap::new, Collectors.counting()));
    }

    /** The median of whole days from logging to resolution of resolved conflicts; {@code null} before any. */
    Double medianDaysToResolve() {
        List<Long> days = ledger.conflicts.values().stream().filter(conflict -> !isOpen(conflict))
                .map(conflict -> ChronoUnit.DAYS.between(conflict.loggedAt, conflict.resolvedAt)).sorted().toList();
        if (days.isEmpty()) {
            return null;
        }
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
    }

    /** The longest any open conflict has been open, in whole days; 0 without one. */
    long oldestOpenConflictDays() {
        return ledger.conflicts.values().stream().filter(Figures::isOpen)
                .mapToLong(conflict -> ChronoUnit.DAYS.between(conflict.loggedAt, now)).max().orElse(0);
    }

    /** Whole days since the vision was last revised or reaffirmed (or, never, since formation). */
    long daysSinceVisionRevisit() {
        return ChronoUnit.DAYS.between(ledger.visionRevisitedAt, now);
    }

    /** The vision is due for a revisit once its interval of months has passed since the last revisit. */
    boolean visionRevisitOverdue() {
        return Today.at(ledger.visionRevisitedAt).plusMonths(ledger.visionRevisitMonths)
                .isBefore(today);
    }

    /**
     * Meetings the cadence called for in the window (the last twelve months, or since formation when younger):
     * whole cadence periods in it; none without an agreed cadence.
     */
    long meetingsExpected() {
        if (ledger.meetingCadence == null) {
            return 0;
        }
        long days = ChronoUnit.DAYS.between(meetingWindowStart(), now);
        return days / switch (ledger.meetingCadence) {
            case "WEEKLY" -> 7;
            case "BIWEEKLY" -> 14;
            case "QUARTERLY" -> 91;
            default -> 30;
        };
    }

    /** Meetings in the window whose minutes were recorded: held, as the minutes show. */
    long meetingsHeld() {
        Instant since = meetingWindowStart();
        return ledger.meetings.values().stream().filter(meeting -> meeting.minutesRecorded && !meeting.cancelled
                && !meeting.scheduledAt.isBefore(since) && !meeting.scheduledAt.isAfter(now)).count();
    }

    long meetingsMissed() {
        return Math.max(0, meetingsExpected() - meetingsHeld());
    }

    Instant meetingWindowStart() {
        Instant yearAgo = now.atOffset(ZoneOffset.UTC).minusMonths(12).toInstant();
        return ledger.formedAt.isAfter(yearAgo) ? ledger.formedAt : yearAgo;
    }

    /** Days an agreement in force is past its review date (negative: days left); none without a review date. */
    Long agreementReviewDaysLate(Ledger.AgreementEntry agreement) {
        if (agreement.reviewBy == null || agreement.terminatedOn != null) {
            return null;
        }
        return ChronoUnit.DAYS.between(agreement.reviewBy, today);
    }

    /** An agreement is due for review from 30 days before its review date. */
    boolean agreementDueForReview(Ledger.AgreementEntry agreement) {
        Long late = agreementReviewDaysLate(agreement);
        return late != null && late >= -30;
    }

    /** The latest value measured (corrections applied), in the order periods were first measured. */
    static BigDecimal latestValue(MetricEntry metric) {
        return metric.values.isEmpty() ? null : metric.values.values().stream().reduce((first, second) -> second)
                .orElseThrow();
    }

    static String latestPeriod(MetricEntry metric) {
        return metric.values.isEmpty() ? null : metric.values.keySet().stream().reduce((first, second) -> second)
                .orElseThrow();
    }

    /**
     * How far the latest value has come from the baseline towards the target: 0 at the baseline, 1 at the target,
     * beyond 1 past it, below 0 going the wrong way; {@code null} without a value or where target equals baseline.
     */
    static Double shareOfTheWay(MetricEntry metric) {
        BigDecimal latest = latestValue(metric);
        if (latest == null || metric.target.compareTo(metric.baseline) == 0) {
            return null;
        }
        return round(latest.subtract(metric.baseline).divide(metric.target.subtract(metric.baseline),
                MathContext.DECIMAL64).doubleValue());
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
