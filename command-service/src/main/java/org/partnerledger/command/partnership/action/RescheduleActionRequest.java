package org.partnerledger.command.partnership.action;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.OnItem;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record RescheduleActionRequest(@NotNull LocalDate dueDate,
                               @PlainText(max = 2_000) String reason)
        implements OnItem.Body<RescheduleActionCommand> {

    @Override
    public RescheduleActionCommand toCommand(CommandContext context, String actionId) {
        return new RescheduleActionCommand(context.partnershipId(), context.expectedVersion(), actionId, dueDate,
                reason);
    }
}
