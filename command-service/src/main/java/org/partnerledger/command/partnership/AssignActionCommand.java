package org.partnerledger.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.List;

record AssignActionCommand(@TargetAggregateIdentifier String partnershipId,
                           @TargetAggregateVersion Long expectedVersion,
                           String actionId, String title, String responsible, String accountable,
                           List<String> consulted, List<String> informed, LocalDate dueDate, String decisionId) {
}
