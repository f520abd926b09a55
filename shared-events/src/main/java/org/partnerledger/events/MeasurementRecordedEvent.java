package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * The value of an active metric for one period was recorded, by its owner or a partner it delegated collection to.
 * One per metric and period: a later change is a {@link MeasurementCorrectedEvent}.
 *
 * @param partnershipId the partnership
 * @param measurementId the measurement's id (a UUID issued by the server)
 * @param metricId      the metric
 * @param period        the period, in the metric's frequency
 * @param value         the value measured
 * @param served        for metrics counting people, how many were served, or {@code null}
 * @param achieving     of those served, how many achieved the outcome (at most {@code served}), or {@code null}
 * @param recordedBy    the id of the partner who recorded it
 */
@Revision("1")
public record MeasurementRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String measurementId,
        @Uuid String metricId,
        String period,
        BigDecimal value,
        @Nullable Integer served,
        @Nullable Integer achieving,
        String recordedBy) implements MetricEvent {
}
