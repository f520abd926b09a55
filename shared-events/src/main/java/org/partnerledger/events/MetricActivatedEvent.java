package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * Every current partner has endorsed the metric: it is now shared, and measurements may be recorded for it. Follows
 * the last {@link MetricEndorsedEvent} in the same command.
 *
 * @param partnershipId the partnership
 * @param metricId      the metric
 * @param endorsedBy    the ids of the partners whose endorsements made it active, sorted
 */
@Revision("1")
public record MetricActivatedEvent(
        @Uuid String partnershipId,
        @Uuid String metricId,
        List<String> endorsedBy) implements MetricEvent {
}
