package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The partners revisited their shared vision and reaffirmed it without change.
 *
 * @param partnershipId the partnership
 * @param revision      the vision revision reaffirmed
 * @param participants  ids of the partners who took part, at least one
 * @param note          what they noted, or {@code null}
 */
@Revision("1")
public record VisionReaffirmedEvent(
        @Uuid String partnershipId,
        int revision,
        List<String> participants,
        @Nullable String note) implements GovernanceEvent {
}
