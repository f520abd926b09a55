package org.partnerledger.command.partnership.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DisseminateSuccessCommand(@TargetAggregateIdentifier String partnershipId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 String disseminationId, DisseminationChannel channel, String title, String link) {
}
