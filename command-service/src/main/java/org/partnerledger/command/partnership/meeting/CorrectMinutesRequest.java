package org.partnerledger.command.partnership.meeting;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

record CorrectMinutesRequest(@PartnerId String correctedBy,
                             @PlainText(max = 10_000) String correction,
                             @PlainText(max = 2000) String reason) implements CommandRequest<CorrectMinutesCommand> {

    @Override
    public CorrectMinutesCommand toCommand(CommandContext context) {
        return new CorrectMinutesCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                correctedBy,
                correction, reason);
    }
}
