package org.partnerledger.events;

/**
 * The guide's "Develop Shared Metrics" and "Collect Data Consistently": metrics the partners propose, endorse and
 * retire, their targets per period, and the measurements collected for them.
 */
public sealed interface MetricEvent extends PartnershipEvent
        permits MetricProposedEvent, MetricEndorsedEvent, MetricActivatedEvent, MetricRetiredEvent,
                MetricTargetSetEvent, MetricTargetAmendedEvent, MetricCollectionDelegatedEvent,
                MeasurementRecordedEvent, MeasurementCorrectedEvent {

    /** The metric's id (a UUID issued by the server). */
    String metricId();
}
