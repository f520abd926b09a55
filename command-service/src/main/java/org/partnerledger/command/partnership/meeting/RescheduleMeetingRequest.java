package org.partnerledger.command.partnership.meeting;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.web.PlainText;

import java.time.Instant;

record RescheduleMeetingRequest(@NotNull Instant scheduledAt, @PlainText(max = 2000) String reason)
        implements MeetingRequest<RescheduleMeetingCommand> {

    @Override
    public RescheduleMeetingCommand toCommand(CommandContext context, String meetingId) {
        return new RescheduleMeetingCommand(context.partnershipId(), context.expectedVersion(), meetingId,
                scheduledAt, reason);
    }
}
