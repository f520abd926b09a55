package org.partnerledger.query.funder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A partnership as its funders see it: its vision, its shared metrics over their periods ("turn the curve"), the
 * "is anyone better off" ones first, its milestones, the successes it shared and the stories whose tellers consented
 * to the funder view.
 */
record FunderView(String partnershipId, long version, String name, String purpose, VisionView vision,
                  List<PartnerView> partners, List<MetricView> metrics, List<MilestoneView> milestones,
                  List<SuccessView> successes, List<GrantView> grants, List<StoryView> stories) {

    record VisionView(int revision, String statement, List<String> goals) {
    }

    record PartnerView(String name, String sector) {
    }

    record MetricView(String metricId, String name, String definition, String unit, String measureKind,
                      String direction, String frequency, IndicatorView indicator, BigDecimal baseline,
                      BigDecimal target, LocalDate targetDate, List<PeriodView> periods) {
    }

    /** The framework indicator a metric reports on, or {@code null} in the metric without one. */
    record IndicatorView(String framework, String frameworkVersion, String code) {
    }

    /** One period of a metric's curve: what was measured against what was aimed for, from where it started. */
    record PeriodView(String period, BigDecimal actual, BigDecimal target, BigDecimal baseline, Integer served,
                      Integer achieving) {
    }

    record MilestoneView(String milestoneId, String title, LocalDate achievedOn, String achievement,
                         String metricId) {
    }

    record SuccessView(String disseminationId, String channel, String title, String link, LocalDate sharedOn) {
    }

    record GrantView(String grantId, String funderName, String grantNumber, LocalDate periodStart,
                     LocalDate periodEnd) {
    }

    record StoryView(String storyId, String title, String narrative, String identification, LocalDate sharedOn,
                     LocalDate consentExpiresOn) {
    }
}
