package org.partnerledger.command.partnership.roster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Concludes the partnership: after it, every command is refused. */
public record ConcludePartnershipCommand(@TargetAggregateIdentifier String partnershipId,
                                         @TargetAggregateVersion Long expectedVersion,
                                         String closingNote) {
}
