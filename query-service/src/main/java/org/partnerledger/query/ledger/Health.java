package org.partnerledger.query.ledger;

import org.partnerledger.query.calendar.Today;
import org.partnerledger.query.ledger.HealthView.Practice;
import org.partnerledger.query.ledger.HealthView.Status;
import org.partnerledger.query.ledger.Ledger.ReviewRoundEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The health of each practice of the guide, judged from {@link Figures} against the thresholds below (and in
 * {@code docs/figures.md}): healthy within the first, at risk up to the second, neglected beyond. Whatever a
 * partnership has never done counts from its formation, so a young partnership is not judged on what it has not
 * had time for.
 */
final class Health {

    /** Days since the last check-in or meeting with minutes. */
    static final int COMMUNICATION_HEALTHY = 30;
    static final int COMMUNICATION_AT_RISK = 60;
    /** Days a vision revisit may be overdue before it is neglected. */
    static final int VISION_OVERDUE_AT_RISK = 90;
    /** Shares of open actions overdue. */
    static final double OVERDUE_HEALTHY = 0.10;
    static final double OVERDUE_AT_RISK = 0.25;
    /** Meetings missed against the cadence in its window. */
    static final int MISSED_AT_RISK = 2;
    /** Days the oldest open conflict has been open. */
    static final int CONFLICT_HEALTHY = 60;
    static final int CONFLICT_AT_RISK = 180;
    /** An average rating below this (of 5) for a category about conflicts is a risk. */
    static final double RATING_AT_RISK = 3.0;
    /** Days an agreement's review may be late before it is neglected. */
    static final int REVIEW_LATE_AT_RISK = 30;
    /** Days a partnership may go without an active shared metric or an agreement in force. */
    static final int GRACE_DAYS = 90;
    /** Days since the last progress report. */
    static final int REPORTING_HEALTHY = 120;
    static final int REPORTING_AT_RISK = 365;
    /** Days since the last story shared, milestone celebrated, or review round closed or lesson recorded. */
    static final int RECENT_HEALTHY = 180;
    static final int RECENT_AT_RISK = 365;

    private final Ledger ledger;
    private final Figures figures;

    private Health(Ledger ledger, Instant now) {
        this.ledger = ledger;
        this.figures = new Figures(ledger, now);
    }

    static HealthView of(Ledger ledger, Instant now, boolean stale) {
        Health health = new Health(ledger, now);
        List<Practice> practices = List.of(health.communication(), health.sharedVision(), health.roles(),
                health.meetingCadence(), health.conflictProcess(), health.agreements(), health.sharedMetrics(),
                health.reporting(), health.stories(), health.celebratingWins(), health.continuousEvaluation());
        Status overall = practices.stream().map(Practice::status).max(Comparator.naturalOrder()).orElseThrow();
        return new HealthView(UUID.fromString(ledger.partnershipId), ledger.version, now, stale, overall, practices);
    }

    private Practice communication() {
        Instant lastMeeting = ledger.meetings.values().stream()
                .filter(meeting -> meeting.minutesRecorded && !meeting.scheduledAt.isAfter(figures.now()))
                .map(meeting -> meeting.scheduledAt).max(Comparator.naturalOrder()).orElse(null);
        Instant lastCheckIn = ledger.lastCheckInOn == null ? null
                : ledger.lastCheckInOn.atStartOfDay().toInstant(ZoneOffset.UTC);
        long days = daysSince(latest(lastMeeting, lastCheckIn));
        return new Practice("COMMUNICATION", byDays(days, COMMUNICATION_HEALTHY, COMMUNICATION_AT_RISK),
                List.of(lastMeeting == null && lastCheckIn == null
                        ? "no check-in or meeting minutes in %d days since formation".formatted(days)
                        : "last check-in or meeting %d days ago".formatted(days)));
    }

    private Practice sharedVision() {
        long overdue = ChronoUnit.DAYS.between(Today.at(ledger.visionRevisitedAt)
                .plusMonths(ledger.visionRevisitMonths), figures.today());
        Status status = overdue <= 0 ? Status.HEALTHY : overdue <= VISION_OVERDUE_AT_RISK ? Status.AT_RISK
                : Status.NEGLECTED;
        return new Practice("SHARED_VISION", status, List.of("vision last revisited %d days ago, to be revisited every %d months"
                .formatted(figures.daysSinceVisionRevisit(), ledger.visionRevisitMonths)));
    }

    private Practice roles() {
        long open = figures.unfinishedActions();
        long overdue = figures.overdueActions();
        double share = open == 0 ? 0 : (double) overdue / open;
        long areas = ledger.raciAreas.size();
        long withoutRoles = ledger.raciAreas.values().stream().filter(area -> area.accountable == null).count();
        Status byOverdue = share <= OVERDUE_HEALTHY ? Status.HEALTHY : share <= OVERDUE_AT_RISK ? Status.AT_RISK
                : Status.NEGLECTED;
        Status byAreas = areas > 0 && withoutRoles == 0 ? Status.HEALTHY : Status.AT_RISK;
        List<String> evidence = new ArrayList<>();
        evidence.add("%d of %d unfinished actions overdue".formatted(overdue, open));
        evidence.add(areas == 0 ? "no RACI area defined" : "%d of %d RACI areas without roles assigned"
                .formatted(withoutRoles, areas));
        return new Practice("ROLES", worst(byOverdue, byAreas), evidence);
    }

    private Practice meetingCadence() {
        if (ledger.meetingCadence == null) {
            return new Practice("MEETING_CADENCE", Status.AT_RISK, List.of("no meeting cadence agreed"));
        }
        long missed = figures.meetingsMissed();
        Status status = missed == 0 ? Status.HEALTHY : missed <= MISSED_AT_RISK ? Status.AT_RISK : Status.NEGLECTED;
        return new Practice("MEETING_CADENCE", status, List.of("%d meetings missed against a %s cadence (%d held of %d expected since %s)"
                .formatted(missed, ledger.meetingCadence.toLowerCase(Locale.ROOT), figures.meetingsHeld(),
                        figures.meetingsExpected(), LocalDate.ofInstant(figures.meetingWindowStart(), ZoneOffset.UTC))));
    }

    private Practice conflictProcess() {
        List<String> evidence = new ArrayList<>();
        Status status = Status.HEALTHY;
        if (ledger.conflictLadder.isEmpty()) {
            status = Status.AT_RISK;
            evidence.add("no conflict resolution ladder agreed");
        }
        long oldest = figures.oldestOpenConflictDays();
        status = worst(status, byDays(oldest, CONFLICT_HEALTHY, CONFLICT_AT_RISK));
        evidence.add(figures.openConflicts() == 0 ? "no open conflict"
                : "%d open conflicts, the oldest open for %d days".formatted(figures.openConflicts(), oldest));
        List<Double> ratings = ratingsOfCategory("conflict");
        if (!ratings.isEmpty()) {
            double latest = ratings.get(ratings.size() - 1);
            if (latest < RATING_AT_RISK) {
                status = worst(status, Status.AT_RISK);
            }
            evidence.add(ratings.size() == 1 ? "partners rate conflict resolution %.1f of 5".formatted(latest)
                    : "partners rate conflict resolution %.1f of 5, %s from %.1f".formatted(latest,
                    latest < ratings.get(ratings.size() - 2) ? "down" : "up",
                    ratings.get(ratings.size() - 2)));
        }
        return new Practice("CONFLICT_PROCESS", status, evidence);
    }

    private Practice agreements() {
        List<Ledger.AgreementEntry> inForce = ledger.agreements.values().stream()
                .filter(agreement -> agreement.terminatedOn == null).toList();
        if (inForce.isEmpty()) {
            return new Practice("AGREEMENTS", daysSince(null) > GRACE_DAYS ? Status.NEGLECTED : Status.AT_RISK,
                    List.of("no agreement in force"));
        }
        List<String> evidence = new ArrayList<>();
        Status status = Status.HEALTHY;
        for (Ledger.AgreementEntry agreement : inForce) {
            Long late = figures.agreementReviewDaysLate(agreement);
            if (late != null && late > 0) {
                status = worst(status, late > REVIEW_LATE_AT_RISK ? Status.NEGLECTED : Status.AT_RISK);
                evidence.add("%s review %d days late".formatted(agreement.title, late));
            }
        }
        if (evidence.isEmpty()) {
            evidence.add("%d agreements in force, none late for review".formatted(inForce.size()));
        }
        return new Practice("AGREEMENTS", status, evidence);
    }

    private Practice sharedMetrics() {
        long active = ledger.metrics.values().stream().filter(metric -> metric.active).count();
        if (active == 0) {
            return new Practice("SHARED_METRICS", daysSince(null) > GRACE_DAYS ? Status.NEGLECTED : Status.AT_RISK,
                    List.of("no active shared metric"));
        }
        long unmeasured = ledger.metrics.values().stream().filter(metric -> metric.active && metric.values.isEmpty())
                .count();
        return new Practice("SHARED_METRICS", unmeasured == 0 ? Status.HEALTHY : Status.AT_RISK,
                List.of("%d active metrics, %d not yet measured".formatted(active, unmeasured)));
    }

    private Practice reporting() {
        long days = daysSince(ledger.lastProgressReportAt);
        return new Practice("REPORTING", byDays(days, REPORTING_HEALTHY, REPORTING_AT_RISK),
                List.of(ledger.lastProgressReportAt == null ? "no progress report in %d days since formation"
                        .formatted(days) : "last progress report %d days ago".formatted(days)));
    }

    private Practice stories() {
        long days = daysSince(ledger.lastStoryAt);
        return new Practice("STORIES", byDays(days, RECENT_HEALTHY, RECENT_AT_RISK),
                List.of("%d stories shared, the last %d days ago".formatted(ledger.storiesShared, days)));
    }

    private Practice celebratingWins() {
        Instant last = ledger.milestones.values().stream().map(milestone -> milestone.achievedOn().atStartOfDay()
                .toInstant(ZoneOffset.UTC)).max(Comparator.naturalOrder()).orElse(null);
        long days = daysSince(last);
        return new Practice("CELEBRATING_WINS", byDays(days, RECENT_HEALTHY, RECENT_AT_RISK),
                List.of("%d milestones celebrated, the last %d days ago".formatted(ledger.milestones.size(), days)));
    }

    private Practice continuousEvaluation() {
        Instant lastRound = ledger.reviewRounds.values().stream().map(round -> round.closedAt)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        long days = daysSince(latest(lastRound, ledger.lastLessonAt));
        return new Practice("CONTINUOUS_EVALUATION", byDays(days, RECENT_HEALTHY, RECENT_AT_RISK),
                List.of("last review round closed or lesson recorded %d days ago (%d lessons)"
                        .formatted(days, ledger.lessons)));
    }

    /** The average rating of a category's items in each closed round, oldest first. */
    private List<Double> ratingsOfCategory(String about) {
        List<String> categories = ledger.reviewCategoryNames.entrySet().stream()
                .filter(category -> (category.getKey() + " " + category.getValue()).toLowerCase(Locale.ROOT)
                        .contains(about))
                .map(Map.Entry::getKey).toList();
        return ledger.reviewRounds.values().stream().filter(round -> round.closedAt != null)
                .sorted(Comparator.comparing((ReviewRoundEntry round) -> round.closedAt))
                .map(round -> round.scores.values().stream().flatMap(scores -> scores.entrySet().stream())
                        .filter(score -> categories.contains(ledger.reviewItemCategories.get(score.getKey())))
                        .mapToInt(Map.Entry::getValue).average())
                .filter(OptionalDouble::isPresent).map(OptionalDouble::getAsDouble).toList();
    }

    /** Whole days since an instant, or since formation for what never happened. */
    private long daysSince(Instant at) {
        return ChronoUnit.DAYS.between(latest(at, ledger.formedAt), figures.now());
    }

    private static Instant latest(Instant... instants) {
        return Stream.of(instants).filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }

    private static Status byDays(long days, int healthy, int atRisk) {
        return days <= healthy ? Status.HEALTHY : days <= atRisk ? Status.AT_RISK : Status.NEGLECTED;
    }

    private static Status worst(Status one, Status other) {
        return one.compareTo(other) >= 0 ? one : other;
    }
}
