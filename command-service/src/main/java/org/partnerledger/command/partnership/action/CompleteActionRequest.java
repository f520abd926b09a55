package org.partnerledger.command.partnership.action;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record CompleteActionRequest(@PlainText(max = 10_000) String outcome,
                             @NotNull LocalDate completedOn) implements CommandRequest<CompleteActionCommand> {

    @Override
    public CompleteActionCommand toCommand(CommandContext context) {
        return new CompleteActionCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), outcome,
                completedOn);
    }
}
