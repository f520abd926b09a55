package org.partnerledger.command.partnership.roster;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record ConcludePartnershipRequest(@PlainText(max = 10_000) String closingNote)
        implements CommandRequest<ConcludePartnershipCommand> {

    @Override
    public ConcludePartnershipCommand toCommand(CommandContext context) {
        return new ConcludePartnershipCommand(context.partnershipId(), context.expectedVersion(), closingNote);
    }
}
