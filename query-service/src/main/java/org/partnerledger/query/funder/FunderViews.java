package org.partnerledger.query.funder;

import org.partnerledger.query.funder.FunderRecord.Measurement;
import org.partnerledger.query.funder.FunderRecord.MetricEntry;
import org.partnerledger.query.funder.FunderRecord.StoryEntry;
import org.partnerledger.query.funder.FunderView.GrantView;
import org.partnerledger.query.funder.FunderView.IndicatorView;
import org.partnerledger.query.funder.FunderView.MetricView;
import org.partnerledger.query.funder.FunderView.MilestoneView;
import org.partnerledger.query.funder.FunderView.PartnerView;
import org.partnerledger.query.funder.FunderView.PeriodView;
import org.partnerledger.query.funder.FunderView.StoryView;
import org.partnerledger.query.funder.FunderView.SuccessView;
import org.partnerledger.query.funder.FunderView.VisionView;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The views of a {@link FunderRecord} on a day: a story is told while its consent holds on that day. */
final class FunderViews {

    static final String BETTER_OFF = "BETTER_OFF";
    private static final Comparator<MetricView> BETTER_OFF_FIRST = Comparator
            .comparing((MetricView metric) -> !BETTER_OFF.equals(metric.measureKind()))
            .thenComparing(MetricView::name, Comparator.nullsLast(Comparator.naturalOrder()));

    private FunderViews() {
    }

    static FunderView view(FunderRecord record, LocalDate today) {
        return view(record, today, period -> true);
    }

    /** The view with only the periods a report asks for. */
    static FunderView view(FunderRecord record, LocalDate today, Predicate<String> periods) {
        return new FunderView(record.partnershipId, record.version, record.name, record.purpose,
                new VisionView(record.visionRevision, record.visionStatement, record.visionGoals),
                partners(record),
                record.metrics.entrySet().stream().filter(metric -> metric.getValue().active)
                        .map(metric -> metric(metric.getKey(), metric.getValue(), periods))
                        .sorted(BETTER_OFF_FIRST).toList(),
                record.milestones.stream().map(milestone -> new MilestoneView(milestone.milestoneId(),
                        milestone.title(), milestone.achievedOn(), milestone.achievement(), milestone.metricId()))
                        .toList(),
                record.successes.stream().map(success -> new SuccessView(success.disseminationId(),
                        success.channel(), success.title(), success.link(), success.sharedOn())).toList(),
                record.grants.stream().map(grant -> new GrantView(grant.grantId(), grant.funderName(),
                        grant.grantNumber(), grant.periodStart(), grant.periodEnd())).toList(),
                record.stories.entrySet().stream().filter(story -> told(story.getValue(), today))
                        .map(story -> story(story.getKey(), story.getValue())).toList());
    }

    static DocumentationView documentation(FunderRecord record) {
        return new DocumentationView(record.partnershipId, record.version, record.name, record.purpose,
                partners(record), record.agreements.entrySet().stream()
                .map(agreement -> new DocumentationView.AgreementView(agreement.getKey(), agreement.getValue().kind,
                        agreement.getValue().title, agreement.getValue().signedOn,
                        agreement.getValue().effectiveOn, agreement.getValue().reviewBy,
                        agreement.getValue().terminatedOn)).toList());
    }

    /** Consent for the funder view, not withdrawn (a withdrawn story is gone) and not expired on the day. */
    static boolean told(StoryEntry story, LocalDate today) {
        return story.funderView && story.consentExpiresOn != null && today.isBefore(story.consentExpiresOn);
    }

    private static List<PartnerView> partners(FunderRecord record) {
        return record.partners.values().stream().filter(partner -> partner.current)
                .map(partner -> new PartnerView(partner.name, partner.sector)).toList();
    }

    private static MetricView metric(String metricId, MetricEntry metric, Predicate<String> periods) {
        TreeSet<String> all = new TreeSet<>(metric.targets.keySet());
        all.addAll(metric.measurements.keySet());
        List<PeriodView> series = all.stream().filter(periods).map(period -> period(metric, period)).toList();
        IndicatorView indicator = metric.indicatorFramework == null ? null
                : new IndicatorView(metric.indicatorFramework, metric.indicatorVersion, metric.indicatorCode);
        return new MetricView(metricId, metric.name, metric.definition, metric.unit, metric.measureKind,
                metric.direction, metric.frequency, indicator, metric.baseline, metric.target, metric.targetDate,
                series);
    }

    private static PeriodView period(MetricEntry metric, String period) {
        Measurement measured = metric.measurements.getOrDefault(period, new Measurement(null, null, null));
        return new PeriodView(period, measured.value(), metric.targets.get(period), metric.baseline,
                measured.served(), measured.achieving());
    }

    private static StoryView story(String storyId, StoryEntry story) {
        return new StoryView(storyId, story.title, story.narrative, story.identification, story.sharedOn,
                story.consentExpiresOn);
    }
}
