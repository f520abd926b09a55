package org.partnerledger.command.partnership.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

record CompleteActionCommand(@TargetAggregateIdentifier String partnershipId,
                             @TargetAggregateVersion Long expectedVersion,
                             String actionId, String outcome, LocalDate completedOn) {
}
