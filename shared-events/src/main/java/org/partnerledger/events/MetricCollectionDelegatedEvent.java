package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The metric's owner delegated collecting it to another partner, who may from now on record its measurements.
 *
 * @param partnershipId the partnership
 * @param metricId      the metric
 * @param partner       the id of the partner who may now record values
 */
@Revision("1")
public record MetricCollectionDelegatedEvent(
        @Uuid String partnershipId,
        @Uuid String metricId,
        String partner) implements MetricEvent {
}
