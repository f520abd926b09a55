package org.partnerledger.events;

import org.axonframework.serialization.Revision;

/**
 * A decision was replaced by a later one, recorded just before this event in the same command. The earlier
 * decision stays in the record; it is no longer the partnership's word.
 *
 * @param partnershipId the partnership
 * @param decisionId    the earlier decision, now superseded
 * @param supersededBy  the decision that replaces it
 */
@Revision("1")
public record DecisionSupersededEvent(
        @Uuid String partnershipId,
        @Uuid String decisionId,
        @Uuid String supersededBy) implements FollowThroughEvent {
}
