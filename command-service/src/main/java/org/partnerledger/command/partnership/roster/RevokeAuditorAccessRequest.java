package org.partnerledger.command.partnership.roster;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

/** @param reason why the access ends, if the coordinator says */
record RevokeAuditorAccessRequest(@PlainText(max = 2000, optional = true) String reason)
        implements CommandRequest<RevokeAuditorAccessCommand> {

    @Override
    public RevokeAuditorAccessCommand toCommand(CommandContext context) {
        return new RevokeAuditorAccessCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                reason);
    }
}
