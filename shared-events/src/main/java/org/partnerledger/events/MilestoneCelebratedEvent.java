package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * The partners acknowledged and celebrated a milestone.
 *
 * @param partnershipId the partnership
 * @param milestoneId   the milestone's id (a UUID issued by the server)
 * @param title         the milestone
 * @param achievedOn    the day it was achieved, never in the future
 * @param achievement   what was achieved
 * @param metricId      the shared metric the milestone marks, or {@code null}; given with {@code value}
 * @param value         the metric's value at the milestone, or {@code null}; given with {@code metricId}
 */
@Revision("1")
public record MilestoneCelebratedEvent(
        @Uuid String partnershipId,
        @Uuid String milestoneId,
        String title,
        LocalDate achievedOn,
        String achievement,
        @Nullable @Uuid String metricId,
        @Nullable Double value) implements GovernanceEvent {
}
