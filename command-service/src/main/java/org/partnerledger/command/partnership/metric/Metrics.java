package org.partnerledger.command.partnership.metric;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MetricActivatedEvent;
import org.partnerledger.events.MetricCollectionDelegatedEvent;
import org.partnerledger.events.MetricEndorsedEvent;
import org.partnerledger.events.MetricIndicator;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MetricRetiredEvent;
import org.partnerledger.events.MetricTargetAmendedEvent;
import org.partnerledger.events.MetricTargetSetEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnerAdmittedEvent;
import org.partnerledger.events.PartnerWithdrawnEvent;
import org.partnerledger.events.PartnershipFormedEvent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The partnership's shared metrics (the guide's "Develop Shared Metrics" and "Collect Data Consistently"): proposed
 * ones until every current partner has endorsed them, active ones that take measurements, and retired ones, which
 * take nothing more. It follows the current partners itself, as an endorsement by all of them activates a metric.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class Metrics {

    /** A period has begun once its first day has begun anywhere: in the first zone on Earth. */
    private static final ZoneOffset FIRST_ZONE_ON_EARTH = ZoneOffset.ofHours(14);

    private String partnershipId;
    private final Set<String> currentPartners = new HashSet<>();
    private final Map<String, SharedMetric> metrics = new HashMap<>();

    public Metrics() {
        // for the partnership and its snapshots
    }

    /** The metrics among these that the partnership does not hold, in any state. */
    public List<String> unknownAmong(Collection<String> metricIds) {
        return metricIds.stream().filter(id -> !metrics.containsKey(id)).distinct().toList();
    }

    /** The partners that collect a metric's measurements; none for a metric the partnership does not hold. */
    public Set<String> collectorsOf(String metricId) {
        SharedMetric metric = metrics.get(metricId);
        return metric == null ? Set.of() : Set.copyOf(metric.collectors);
    }

    @CommandHandler
    CommandResult handle(ProposeMetricCommand command, Clock clock) {
        requireVersionedCode(command.indicator());
        Deadlines.requireAhead(command.targetDate(), clock);
        apply(new MetricProposedEvent(partnershipId, command.metricId(), command.name(), command.definition(),
                command.unit().name(), command.baseline(), command.target(), command.targetDate(),
                command.direction().name(), command.ownerPartner(), command.collectionMethod(),
                command.frequency().name(), command.measureKind().name(), command.indicator()));
        return result(command.metricId());
    }

    @CommandHandler
    CommandResult handle(EndorseMetricCommand command) {
        SharedMetric metric = open(command.metricId());
        if (metric.endorsedBy.contains(command.partner())) {
            throw MetricRejection.alreadyEndorsed(command.partner());
        }
        apply(new MetricEndorsedEvent(partnershipId, command.metricId(), command.partner()));
        if (!metric.active && metric.endorsedBy.containsAll(currentPartners)) {
            apply(new MetricActivatedEvent(partnershipId, command.metricId(),
                    metric.endorsedBy.stream().filter(currentPartners::contains).sorted().toList()));
        }
        return result(command.metricId());
    }

    @CommandHandler
    CommandResult handle(RetireMetricCommand command) {
        open(command.metricId());
        apply(new MetricRetiredEvent(partnershipId, command.metricId(), command.reason()));
        return result(command.metricId());
    }

    @CommandHandler
    CommandResult handle(SetMetricTargetCommand command, Clock clock) {
        SharedMetric metric = open(command.metricId());
        LocalDate start = startOf(metric, command.period());
        if (metric.periodsWithTarget.contains(command.period())) {
            throw MetricRejection.targetAlreadySet(command.period());
        }
        if (!firstZoneToday(clock).isBefore(start)) {
            throw MetricRejection.targetPeriodStarted(command.period());
        }
        apply(new MetricTargetSetEvent(partnershipId, command.metricId(), command.period(), command.target()));
        return result(command.metricId());
    }

    @CommandHandler
    CommandResult handle(AmendMetricTargetCommand command) {
        SharedMetric metric = open(command.metricId());
        startOf(metric, command.period());
        if (!metric.periodsWithTarget.contains(command.period())) {
            throw MetricRejection.targetNotSet(command.period());
        }
        apply(new MetricTargetAmendedEvent(partnershipId, command.metricId(), command.period(), command.target(),
                command.reason()));
        return result(command.metricId());
    }

    @CommandHandler
    CommandResult handle(DelegateMetricCollectionCommand command) {
        SharedMetric metric = open(command.metricId());
        if (metric.collectors.contains(command.partner())) {
            throw MetricRejection.collectionAlreadyDelegated(command.partner());
        }
        apply(new MetricCollectionDelegatedEvent(partnershipId, command.metricId(), command.partner()));
        return result(command.metricId());
    }

    @CommandHandler
    CommandResult handle(RecordMeasurementCommand command, Clock clock) {
        SharedMetric metric = measurable(command.metricId());
        LocalDate start = startOf(metric, command.period());
        if (!metric.collectors.contains(command.recordedBy())) {
            throw MetricRejection.notTheMetricOwner(command.recordedBy());
        }
        if (metric.measurements.containsKey(command.period())) {
            throw MetricRejection.measurementAlreadyRecorded(command.period());
        }
        if (start.isAfter(firstZoneToday(clock))) {
            throw MetricRejection.measurementPeriodAhead(command.period());
        }
        requirePlausibleCounts(metric, command.served(), command.achieving());
        apply(new MeasurementRecordedEvent(partnershipId, command.measurementId(), command.metricId(),
                command.period(), command.value(), command.served(), command.achieving(), command.recordedBy()));
        return result(command.measurementId());
    }

    @CommandHandler
    CommandResult handle(CorrectMeasurementCommand command) {
        SharedMetric metric = measurable(command.metricId());
        startOf(metric, command.period());
        String measurementId = metric.measurements.get(command.period());
        if (measurementId == null) {
            throw MetricRejection.measurementNotRecorded(command.period());
        }
        requirePlausibleCounts(metric, command.served(), command.achieving());
        apply(new MeasurementCorrectedEvent(partnershipId, measurementId, command.metricId(), command.period(),
                command.value(), command.served(), command.achieving(), command.reason()));
        return result(measurementId);
    }

    @EventSourcingHandler
    void on(PartnershipFormedEvent event) {
        partnershipId = event.partnershipId();
        event.partners().stream().map(Partner::id).forEach(this::partnerJoined);
    }

    @EventSourcingHandler
    void on(PartnerAdmittedEvent event) {
        partnerJoined(event.partner().id());
    }

    @EventSourcingHandler
    void on(PartnerWithdrawnEvent event) {
        partnerLeft(event.partner());
    }

    @EventSourcingHandler
    void on(MetricProposedEvent event) {
        metrics.put(event.metricId(), new SharedMetric(event.ownerPartner(), Frequency.valueOf(event.frequency()),
                Unit.valueOf(event.unit())));
    }

    @EventSourcingHandler
    void on(MetricEndorsedEvent event) {
        ifPresent(event.metricId(), metric -> metric.endorsedBy.add(event.partner()));
    }

    @EventSourcingHandler
    void on(MetricActivatedEvent event) {
        ifPresent(event.metricId(), metric -> metric.active = true);
    }

    @EventSourcingHandler
    void on(MetricRetiredEvent event) {
        ifPresent(event.metricId(), metric -> metric.retired = true);
    }

    @EventSourcingHandler
    void on(MetricTargetSetEvent event) {
        ifPresent(event.metricId(), metric -> metric.periodsWithTarget.add(event.period()));
    }

    @EventSourcingHandler
    void on(MetricCollectionDelegatedEvent event) {
        ifPresent(event.metricId(), metric -> metric.collectors.add(event.partner()));
    }

    @EventSourcingHandler
    void on(MeasurementRecordedEvent event) {
        ifPresent(event.metricId(), metric -> metric.measurements.put(event.period(), event.measurementId()));
    }

    /**
     * The proposed metrics that every current partner has endorsed: after a partner withdraws, those it alone still
     * had to endorse are activated by the root, in the withdrawal's command.
     */
    public List<MetricActivatedEvent> activatedByEveryCurrentPartner(String partnershipId) {
        return metrics.entrySet().stream()
                .filter(entry -> !entry.getValue().active && !entry.getValue().retired
                        && entry.getValue().endorsedBy.containsAll(currentPartners))
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new MetricActivatedEvent(partnershipId, entry.getKey(), entry.getValue().endorsedBy
                        .stream().filter(currentPartners::contains).sorted().toList()))
                .toList();
    }

    /** A history read from a snapshot of an earlier build may name a metric it does not hold: nothing to apply. */
    private void ifPresent(String metricId, Consumer<SharedMetric> change) {
        SharedMetric metric = metrics.get(metricId);
        if (metric != null) {
            change.accept(metric);
        }
    }

    /** For the partners' admissions: a partner admitted later must endorse the metrics still proposed. */
    private void partnerJoined(String partner) {
        currentPartners.add(partner);
    }

    /** A metric no longer waits for a partner that has left. */
    private void partnerLeft(String partner) {
        currentPartners.remove(partner);
    }

    private SharedMetric open(String metricId) {
        SharedMetric metric = metrics.get(metricId);
        if (metric == null) {
            throw MetricRejection.metricNotFound(metricId);
        }
        if (metric.retired) {
            throw MetricRejection.metricRetired(metricId);
        }
        return metric;
    }

    private SharedMetric measurable(String metricId) {
        SharedMetric metric = open(metricId);
        if (!metric.active) {
            throw MetricRejection.metricNotActive(metricId);
        }
        return metric;
    }

    private static LocalDate startOf(SharedMetric metric, String period) {
        return metric.frequency.start(period)
                .orElseThrow(() -> MetricRejection.periodNotOfFrequency(period, metric.frequency));
    }

    private static void requireVersionedCode(MetricIndicator indicator) {
        if (indicator != null && indicator.code() != null && indicator.frameworkVersion() == null) {
            throw MetricRejection.indicatorVersionRequired();
        }
    }

    private static void requirePlausibleCounts(SharedMetric metric, Integer served, Integer achieving) {
        if ((served != null || achieving != null) && !metric.unit.countsPeople()) {
            throw MetricRejection.peopleCountsNotApplicable(metric.unit);
        }
        if (achieving != null && (served == null || achieving > served)) {
            throw MetricRejection.achievingExceedsServed();
        }
    }

    private static LocalDate firstZoneToday(Clock clock) {
        return LocalDate.now(clock.withZone(FIRST_ZONE_ON_EARTH));
    }

    private static CommandResult result(String id) {
        return new CommandResult(id, AggregateLifecycle.getVersion());
    }
}
