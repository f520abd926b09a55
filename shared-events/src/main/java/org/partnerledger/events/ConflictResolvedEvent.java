package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A conflict was settled, on the step it had reached. Internal to the partnership, like the conflict.
 *
 * @param partnershipId the partnership
 * @param conflictId    the conflict
 * @param resolution    what the partners agreed
 * @param agreedBy      the ids of the partners who agreed it, at least one
 * @param decisionId    the decision recorded with the resolution (just before this event), or {@code null}
 */
@Revision("1")
public record ConflictResolvedEvent(
        @Uuid String partnershipId,
        @Uuid String conflictId,
        String resolution,
        List<String> agreedBy,
        @Nullable @Uuid String decisionId) implements FollowThroughEvent {
}
