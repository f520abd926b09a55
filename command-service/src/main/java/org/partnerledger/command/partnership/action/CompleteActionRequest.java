package org.partnerledger.command.partnership.action;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.OnItem;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record CompleteActionRequest(@PlainText(max = 10_000) String outcome,
                             @NotNull LocalDate completedOn) implements OnItem.Body<CompleteActionCommand> {

    @Override
    public CompleteActionCommand toCommand(CommandContext context, String actionId) {
        return new CompleteActionCommand(context.partnershipId(), context.expectedVersion(), actionId, outcome,
                completedOn);
    }
}
