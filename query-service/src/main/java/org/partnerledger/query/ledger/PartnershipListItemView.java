package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.UUID;

/** One line of the coordinators' list of partnerships. */
public record PartnershipListItemView(UUID partnershipId, String name, String coordinator, long version,
                                      Instant lastActivityAt) {
}
