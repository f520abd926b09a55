package org.partnerledger.command.partnership.action;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record CancelActionRequest(@PlainText(max = 2_000) String reason) implements CommandRequest<CancelActionCommand> {

    @Override
    public CancelActionCommand toCommand(CommandContext context) {
        return new CancelActionCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), reason);
    }
}
