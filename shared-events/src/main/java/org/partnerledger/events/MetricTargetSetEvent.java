package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * The partners set the target of a metric for one period, before that period started.
 *
 * @param partnershipId the partnership
 * @param metricId      the metric
 * @param period        the period, in the metric's frequency: {@code 2027-03}, {@code 2027-Q1} or {@code 2027}
 * @param target        the value aimed for in that period
 */
@Revision("1")
public record MetricTargetSetEvent(
        @Uuid String partnershipId,
        @Uuid String metricId,
        String period,
        BigDecimal target) implements MetricEvent {
}
