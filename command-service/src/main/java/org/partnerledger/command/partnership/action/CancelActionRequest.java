package org.partnerledger.command.partnership.action;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.OnItem;
import org.partnerledger.web.PlainText;

record CancelActionRequest(@PlainText(max = 2_000) String reason) implements OnItem.Body<CancelActionCommand> {

    @Override
    public CancelActionCommand toCommand(CommandContext context, String actionId) {
        return new CancelActionCommand(context.partnershipId(), context.expectedVersion(), actionId, reason);
    }
}
