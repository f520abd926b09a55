package org.partnerledger.command.partnership.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record WithdrawPartnerAssetCommand(@TargetAggregateIdentifier String partnershipId,
                                   @TargetAggregateVersion Long expectedVersion,
                                   String assetId, String reason) {
}
