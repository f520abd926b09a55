package org.partnerledger.command.partnership.conflict;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.OnItem;
import org.partnerledger.web.PlainText;

record EscalateConflictRequest(@PlainText(max = 2_000) String reason)
        implements OnItem.Body<EscalateConflictCommand> {

    @Override
    public EscalateConflictCommand toCommand(CommandContext context, String conflictId) {
        return new EscalateConflictCommand(context.partnershipId(), context.expectedVersion(), conflictId, reason);
    }
}
