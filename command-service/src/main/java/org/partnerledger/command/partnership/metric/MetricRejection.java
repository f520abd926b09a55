package org.partnerledger.command.partnership.metric;

import org.partnerledger.web.Rejection;

import java.util.List;

/** A command on shared metrics or their measurements refused by a rule; the code is the contract. */
public final class MetricRejection extends Rejection {

    private MetricRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    /** A command names metrics the partnership does not hold: the root's check for every command naming metrics. */
    public static MetricRejection metricUnknown(List<String> metricIds) {
        return new MetricRejection("METRIC_UNKNOWN", UNPROCESSABLE,
                "Not metrics of this partnership: %s.".formatted(String.join(", ", metricIds)));
    }

    static MetricRejection metricNotFound(String metricId) {
        return new MetricRejection("METRIC_NOT_FOUND", NOT_FOUND, "No metric %s.".formatted(metricId));
    }

    static MetricRejection metricRetired(String metricId) {
        return new MetricRejection("METRIC_RETIRED", CONFLICT,
                "The metric %s is retired and takes no more changes.".formatted(metricId));
    }

    static MetricRejection indicatorVersionRequired() {
        return new MetricRejection("INDICATOR_VERSION_REQUIRED", UNPROCESSABLE,
                "An indicator code means something only in one version of its framework: give the version too.");
    }

    static MetricRejection alreadyEndorsed(String partner) {
        return new MetricRejection("METRIC_ALREADY_ENDORSED", CONFLICT,
                "%s has already endorsed this metric.".formatted(partner));
    }

    static MetricRejection periodNotOfFrequency(String period, Frequency frequency) {
        return new MetricRejection("PERIOD_NOT_OF_FREQUENCY", UNPROCESSABLE,
                "'%s' is not a period of a %s metric, e.g. %s.".formatted(period, frequency, frequency.example()));
    }

    static MetricRejection targetPeriodStarted(String period) {
        return new MetricRejection("TARGET_PERIOD_STARTED", UNPROCESSABLE,
                "The period %s has started: its target can only be amended, with a reason.".formatted(period));
    }

    static MetricRejection targetAlreadySet(String period) {
        return new MetricRejection("TARGET_ALREADY_SET", CONFLICT,
                "The target of %s is set; a change is an amendment, with a reason.".formatted(period));
    }

    static MetricRejection targetNotSet(String period) {
        return new MetricRejection("TARGET_NOT_SET", CONFLICT,
                "No target is set for %s, so there is none to amend.".formatted(period));
    }

    static MetricRejection metricNotActive(String metricId) {
        return new MetricRejection("METRIC_NOT_ACTIVE", CONFLICT,
                "The metric %s is not yet endorsed by every partner; nothing is measured for it.".formatted(metricId));
    }

    static MetricRejection notTheMetricOwner(String partner) {
        return new MetricRejection("NOT_THE_METRIC_OWNER", UNPROCESSABLE,
                "%s neither owns this metric nor was delegated its collection.".formatted(partner));
    }

    static MetricRejection collectionAlreadyDelegated(String partner) {
        return new MetricRejection("COLLECTION_ALREADY_DELEGATED", CONFLICT,
                "%s already collects this metric.".formatted(partner));
    }

    static MetricRejection measurementAlreadyRecorded(String period) {
        return new MetricRejection("MEASUREMENT_ALREADY_RECORDED", CONFLICT,
                "A value for %s is recorded; a change is a correction, with a reason.".formatted(period));
    }

    static MetricRejection measurementNotRecorded(String period) {
        return new MetricRejection("MEASUREMENT_NOT_RECORDED", CONFLICT,
                "No value for %s is recorded, so there is none to correct.".formatted(period));
    }

    static MetricRejection measurementPeriodAhead(String period) {
        return new MetricRejection("MEASUREMENT_PERIOD_AHEAD", UNPROCESSABLE,
                "The period %s has not begun; nothing can be measured for it yet.".formatted(period));
    }

    static MetricRejection achievingExceedsServed() {
        return new MetricRejection("ACHIEVING_EXCEEDS_SERVED", UNPROCESSABLE,
                "More people cannot achieve the outcome than were served, and those achieving need those served.");
    }

    static MetricRejection peopleCountsNotApplicable(Unit unit) {
        return new MetricRejection("PEOPLE_COUNTS_NOT_APPLICABLE", UNPROCESSABLE,
                "Served and achieving are counts of people; this metric counts %s.".formatted(unit));
    }
}
