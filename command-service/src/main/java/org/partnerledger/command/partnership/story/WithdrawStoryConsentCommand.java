package org.partnerledger.command.partnership.story;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record WithdrawStoryConsentCommand(@TargetAggregateIdentifier String partnershipId,
                                   @TargetAggregateVersion Long expectedVersion,
                                   String storyId, String reason) {
}
