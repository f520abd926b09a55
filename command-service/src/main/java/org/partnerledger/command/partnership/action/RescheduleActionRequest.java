package org.partnerledger.command.partnership.action;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record RescheduleActionRequest(@NotNull LocalDate dueDate,
                               @PlainText(max = 2_000) String reason)
        implements CommandRequest<RescheduleActionCommand> {

    @Override
    public RescheduleActionCommand toCommand(CommandContext context) {
        return new RescheduleActionCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                dueDate,
                reason);
    }
}
