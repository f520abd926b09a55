package org.partnerledger.command.partnership.conflict;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.OnItem;
import org.partnerledger.web.PlainText;

record ReopenConflictRequest(@PlainText(max = 2_000) String reason) implements OnItem.Body<ReopenConflictCommand> {

    @Override
    public ReopenConflictCommand toCommand(CommandContext context, String conflictId) {
        return new ReopenConflictCommand(context.partnershipId(), context.expectedVersion(), conflictId, reason);
    }
}
