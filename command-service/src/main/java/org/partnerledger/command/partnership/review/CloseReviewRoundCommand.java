package org.partnerledger.command.partnership.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record CloseReviewRoundCommand(@TargetAggregateIdentifier String partnershipId,
                               @TargetAggregateVersion Long expectedVersion,
                               String roundId, String summary) {
}
