package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.math.BigDecimal;

/**
 * The partners changed the target already set for a period; the target first set stays in the history.
 *
 * @param partnershipId the partnership
 * @param metricId      the metric
 * @param period        the period, as in {@link MetricTargetSetEvent}
 * @param target        the new target
 * @param reason        why it changed
 */
@Revision("1")
public record MetricTargetAmendedEvent(
        @Uuid String partnershipId,
        @Uuid String metricId,
        String period,
        BigDecimal target,
        String reason) implements MetricEvent {
}
