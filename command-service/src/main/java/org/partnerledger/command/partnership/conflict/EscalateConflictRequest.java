package org.partnerledger.command.partnership.conflict;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record EscalateConflictRequest(@PlainText(max = 2_000) String reason)
        implements CommandRequest<EscalateConflictCommand> {

    @Override
    public EscalateConflictCommand toCommand(CommandContext context) {
        return new EscalateConflictCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                reason);
    }
}
