package org.partnerledger.command.partnership.vision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record SetVisionRevisitIntervalCommand(@TargetAggregateIdentifier String partnershipId,
                                       @TargetAggregateVersion Long expectedVersion,
                                       int months, String rationale) {
}
