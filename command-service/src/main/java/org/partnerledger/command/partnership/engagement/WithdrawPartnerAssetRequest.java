package org.partnerledger.command.partnership.engagement;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.ItemRequest;
import org.partnerledger.web.PlainText;

record WithdrawPartnerAssetRequest(@PlainText(max = 2000) String reason)
        implements ItemRequest.Body<WithdrawPartnerAssetCommand> {

    @Override
    public WithdrawPartnerAssetCommand toCommand(CommandContext context, String assetId) {
        return new WithdrawPartnerAssetCommand(context.partnershipId(), context.expectedVersion(), assetId, reason);
    }
}
