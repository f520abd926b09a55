package org.partnerledger.command.partnership.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record WithdrawPartnerAssetCommand(@TargetAggregateIdentifier String partnershipId,
                                   @TargetAggregateVersion Long expectedVersion,
                                   String assetId, String reason) {
}
