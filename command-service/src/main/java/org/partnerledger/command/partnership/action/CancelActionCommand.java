package org.partnerledger.command.partnership.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record CancelActionCommand(@TargetAggregateIdentifier String partnershipId,
                           @TargetAggregateVersion Long expectedVersion,
                           String actionId, String reason) {
}
