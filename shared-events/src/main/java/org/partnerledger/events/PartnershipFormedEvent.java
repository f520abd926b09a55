package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * A partnership was formed: always the first event (sequence 0) of its stream. The vision it carries is revision 1.
 *
 * @param partnershipId the new partnership's id
 * @param name          the partnership's name
 * @param vision        the initial shared vision
 * @param partners      the founding partners, at least one
 * @param coordinator   the id of the partner that coordinates the partnership
 */
@Revision("1")
public record PartnershipFormedEvent(
        String partnershipId,
        String name,
        Vision vision,
        List<Partner> partners,
        String coordinator) implements PartnershipEvent {
}
