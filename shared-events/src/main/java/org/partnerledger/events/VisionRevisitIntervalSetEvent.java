package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * The partners set how often they revisit their shared vision.
 *
 * @param partnershipId the partnership
 * @param months        the interval in months, 1 to 60
 * @param rationale     why this interval, or {@code null}
 */
@Revision("1")
public record VisionRevisitIntervalSetEvent(
        @Uuid String partnershipId,
        int months,
        @Nullable String rationale) implements GovernanceEvent {
}
