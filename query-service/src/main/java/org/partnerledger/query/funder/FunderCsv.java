package org.partnerledger.query.funder;

import org.partnerledger.query.funder.FunderView.MetricView;
import org.partnerledger.query.funder.FunderView.PeriodView;

/** The impact report and the documentation as CSV: one table each, a row per metric and period, per item. */
final class FunderCsv {

    static final String[] IMPACT_HEADER = {"version", "metric_id", "metric", "measure_kind", "unit",
        "indicator_framework", "indicator_version", "indicator_code", "period", "baseline", "target", "actual",
        "served", "achieving"};
    static final String[] DOCUMENTATION_HEADER = {"version", "section", "name", "kind", "signed_on",
        "effective_on", "review_by", "terminated_on"};

    private FunderCsv() {
    }

    static byte[] impact(FunderView view) {
        Csv csv = new Csv().row((Object[]) IMPACT_HEADER);
        for (MetricView metric : view.metrics()) {
            for (PeriodView period : metric.periods()) {
                csv.row(view.version(), metric.metricId(), metric.name(), metric.measureKind(), metric.unit(),
                        metric.indicator() == null ? null : metric.indicator().framework(),
                        metric.indicator() == null ? null : metric.indicator().frameworkVersion(),
                        metric.indicator() == null ? null : metric.indicator().code(),
                        period.period(), period.baseline(), period.target(), period.actual(), period.served(),
                        period.achieving());
            }
        }
        return csv.bytes();
    }

    static byte[] documentation(DocumentationView view) {
        Csv csv = new Csv().row((Object[]) DOCUMENTATION_HEADER);
        csv.row(view.version(), "PARTNERSHIP", view.name(), null, null, null, null, null);
        csv.row(view.version(), "PURPOSE", view.purpose(), null, null, null, null, null);
        view.partners().forEach(partner ->
                csv.row(view.version(), "PARTNER", partner.name(), partner.sector(), null, null, null, null));
        view.agreements().forEach(agreement -> csv.row(view.version(), "AGREEMENT", agreement.title(),
                agreement.kind(), agreement.signedOn(), agreement.effectiveOn(), agreement.reviewBy(),
                agreement.terminatedOn()));
        return csv.bytes();
    }
}
