package org.partnerledger.command.partnership.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record ReviewAgreementCommand(@TargetAggregateIdentifier String partnershipId,
                              @TargetAggregateVersion Long expectedVersion,
                              String agreementId, ReviewOutcome outcome, LocalDate reviewedOn,
                              LocalDate nextReviewBy, String notes) {
}
