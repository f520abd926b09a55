package org.partnerledger.command.partnership.story;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.metric.ItemRequest;
import org.partnerledger.web.PlainText;

record WithdrawStoryConsentRequest(@PlainText(max = 10_000) String reason)
        implements ItemRequest<WithdrawStoryConsentCommand> {

    @Override
    public WithdrawStoryConsentCommand toCommand(CommandContext context, String storyId) {
        return new WithdrawStoryConsentCommand(context.partnershipId(), context.expectedVersion(), storyId, reason);
    }
}
