package org.partnerledger.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.List;

record RecordDecisionCommand(@TargetAggregateIdentifier String partnershipId,
                             @TargetAggregateVersion Long expectedVersion,
                             String decisionId, String title, String rationale, List<String> decidedBy) {
}
