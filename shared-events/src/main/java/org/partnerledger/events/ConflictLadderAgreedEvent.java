package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The partners agreed their conflict-resolution ladder: the ordered steps a disagreement climbs until it is
 * resolved. Revision 1 of the ladder is its first agreement, every later one an amendment; open conflicts keep the
 * step they are on, by its name. Until a ladder is agreed a partnership follows the default one: "Direct
 * conversation", "Coordinator mediation", "Steering committee", "Outside mediator".
 *
 * @param partnershipId the partnership
 * @param steps         the steps, lowest first: 2 to 10 distinct short names
 * @param revision      1 for the first agreement, one more for each amendment
 * @param rationale     why the partners agreed these steps, or changed them
 */
@Revision("1")
public record ConflictLadderAgreedEvent(
        @Uuid String partnershipId,
        List<String> steps,
        int revision,
        String rationale) implements FollowThroughEvent {
}
