package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partners retired a shared metric: it takes no more endorsements, targets or measurements; its history stays.
 *
 * @param partnershipId the partnership
 * @param metricId      the metric
 * @param reason        why it was retired
 */
@Revision("1")
public record MetricRetiredEvent(
        @Uuid String partnershipId,
        @Uuid String metricId,
        String reason) implements MetricEvent {
}
