package org.partnerledger.command.partnership.engagement;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record WithdrawPartnerAssetRequest(@PlainText(max = 2000) String reason)
        implements CommandRequest<WithdrawPartnerAssetCommand> {

    @Override
    public WithdrawPartnerAssetCommand toCommand(CommandContext context) {
        return new WithdrawPartnerAssetCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                reason);
    }
}
