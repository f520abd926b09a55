package org.partnerledger.command.partnership.conflict;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record EscalateConflictCommand(@TargetAggregateIdentifier String partnershipId,
                               @TargetAggregateVersion Long expectedVersion,
                               String conflictId, String reason) {
}
