package org.partnerledger.web.security;

import org.partnerledger.web.Rejection;

import java.util.Set;

/** Each service's answer to who its history admits to a partnership, and in which capacities. */
public interface PartnershipDirectory {

    /** The capacities in which the partnership admits the organisation; empty for a stranger or an unknown id. */
    Set<Capacity> capacities(String partnershipId, String organisationId);

    /**
     * What the service answers for a partnership it does not hold: a caller it does not admit gets exactly this, so
     * that guessing ids tells nothing.
     */
    Rejection notFound(String partnershipId);
}
