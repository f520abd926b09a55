package org.partnerledger.command.partnership.roster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

/** Takes back the access of an auditor organisation that has it. */
record RevokeAuditorAccessCommand(@TargetAggregateIdentifier String partnershipId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  String organisationId, String reason) {
}
