package org.partnerledger.command.partnership.roster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Gives an auditor organisation access to the partnership; the partnership refuses one of its own partners. */
public record GrantAuditorAccessCommand(@TargetAggregateIdentifier String partnershipId,
                                        @TargetAggregateVersion Long expectedVersion,
                                        String organisationId, String note) {
}
