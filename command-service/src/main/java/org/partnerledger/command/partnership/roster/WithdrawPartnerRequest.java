package org.partnerledger.command.partnership.roster;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

record WithdrawPartnerRequest(@PartnerId String partner,
                              @PlainText(max = 2000) String reason)
        implements CommandRequest<WithdrawPartnerCommand> {

    @Override
    public WithdrawPartnerCommand toCommand(CommandContext context) {
        return new WithdrawPartnerCommand(context.partnershipId(), context.expectedVersion(), partner, reason);
    }
}
