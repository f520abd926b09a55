package org.partnerledger.command.partnership.conflict;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record ReopenConflictRequest(@PlainText(max = 2_000) String reason) implements CommandRequest<ReopenConflictCommand> {

    @Override
    public ReopenConflictCommand toCommand(CommandContext context) {
        return new ReopenConflictCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), reason);
    }
}
