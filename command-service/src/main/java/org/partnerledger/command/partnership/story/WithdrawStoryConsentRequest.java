package org.partnerledger.command.partnership.story;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record WithdrawStoryConsentRequest(@PlainText(max = 10_000) String reason)
        implements CommandRequest<WithdrawStoryConsentCommand> {

    @Override
    public WithdrawStoryConsentCommand toCommand(CommandContext context) {
        return new WithdrawStoryConsentCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                reason);
    }
}
