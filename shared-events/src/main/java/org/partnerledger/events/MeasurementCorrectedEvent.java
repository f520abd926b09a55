package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * The value recorded for a period was corrected. The correction replaces the value for readers; the measurement
 * first recorded stays in the history.
 *
 * @param partnershipId the partnership
 * @param measurementId the measurement corrected
 * @param metricId      the metric
 * @param period        the period
 * @param value         the corrected value
 * @param served        the corrected count of people served, or {@code null}
 * @param achieving     the corrected count of those achieving the outcome, or {@code null}
 * @param reason        why the value was corrected
 */
@Revision("1")
public record MeasurementCorrectedEvent(
        @Uuid String partnershipId,
        @Uuid String measurementId,
        @Uuid String metricId,
        String period,
        BigDecimal value,
        @Nullable Integer served,
        @Nullable Integer achieving,
        String reason) implements MetricEvent {
}
