package org.partnerledger.query.funder;

import java.util.UUID;

/** A partnership the caller's organisation funds (a grant recorded with it as the funder), for a funder to open. */
public record FundedPartnershipView(UUID partnershipId, String name, long version) {
}
