package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A partnership was formed: always the first event (sequence 0) of its stream. The vision it carries is revision 1.
 * Revision 2 added the purpose and, on each partner, its organisation id and sector; revision-1 events read as
 * revision 2 with no purpose, no sector and {@link Partner#derivedOrganisationId derived organisation ids}.
 *
 * @param partnershipId the new partnership's id
 * @param name          the partnership's name
 * @param vision        the initial shared vision
 * @param partners      the founding partners, at least one
 * @param coordinator   the id of the partner that coordinates the partnership
 * @param purpose       the partnership's specifically identified purpose, or {@code null} until it states one
 */
@Revision("2")
public record PartnershipFormedEvent(
        @Uuid String partnershipId,
        String name,
        Vision vision,
        List<Partner> partners,
        String coordinator,
        @Nullable String purpose) implements PartnershipEvent {
}
