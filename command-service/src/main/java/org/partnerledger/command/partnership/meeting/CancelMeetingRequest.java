package org.partnerledger.command.partnership.meeting;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.web.PlainText;

record CancelMeetingRequest(@PlainText(max = 2000) String reason) implements MeetingRequest<CancelMeetingCommand> {

    @Override
    public CancelMeetingCommand toCommand(CommandContext context, String meetingId) {
        return new CancelMeetingCommand(context.partnershipId(), context.expectedVersion(), meetingId, reason);
    }
}
