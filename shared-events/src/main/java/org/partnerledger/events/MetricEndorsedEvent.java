package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A partner endorsed a proposed (or, after joining, an active) shared metric: it agrees to measure it.
 *
 * @param partnershipId the partnership
 * @param metricId      the metric
 * @param partner       the id of the partner that endorsed it
 */
@Revision("1")
public record MetricEndorsedEvent(
        @Uuid String partnershipId,
        @Uuid String metricId,
        String partner) implements MetricEvent {
}
