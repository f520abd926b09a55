package org.partnerledger.command.partnership.meeting;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.Instant;

record RescheduleMeetingRequest(@NotNull Instant scheduledAt, @PlainText(max = 2000) String reason)
        implements CommandRequest<RescheduleMeetingCommand> {

    @Override
    public RescheduleMeetingCommand toCommand(CommandContext context) {
        return new RescheduleMeetingCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                scheduledAt, reason);
    }
}
