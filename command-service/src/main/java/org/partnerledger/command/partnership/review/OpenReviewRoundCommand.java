package org.partnerledger.command.partnership.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

record OpenReviewRoundCommand(@TargetAggregateIdentifier String partnershipId,
                              @TargetAggregateVersion Long expectedVersion,
                              String roundId, String title, LocalDate closesOn) {
}
