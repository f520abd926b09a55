package org.partnerledger.command.partnership.meeting;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record CancelMeetingRequest(@PlainText(max = 2000) String reason) implements CommandRequest<CancelMeetingCommand> {

    @Override
    public CancelMeetingCommand toCommand(CommandContext context) {
        return new CancelMeetingCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), reason);
    }
}
