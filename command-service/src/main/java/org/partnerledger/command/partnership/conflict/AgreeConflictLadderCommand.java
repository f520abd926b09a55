package org.partnerledger.command.partnership.conflict;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

record AgreeConflictLadderCommand(@TargetAggregateIdentifier String partnershipId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  List<String> steps, String rationale) {
}
