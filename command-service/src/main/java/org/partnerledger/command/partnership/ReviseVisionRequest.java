package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.events.Vision;
import org.partnerledger.web.PlainText;

import java.util.List;

record ReviseVisionRequest(@PlainText(max = 2000) String statement,
                           @NotNull @Size(max = 20) List<@PlainText(max = 500) String> goals,
                           @PlainText(max = 10_000) String rationale)
        implements CommandRequest<ReviseVisionCommand> {

    @Override
    public ReviseVisionCommand toCommand(CommandContext context) {
        return new ReviseVisionCommand(context.partnershipId(), context.expectedVersion(),
                new Vision(statement, List.copyOf(goals)), rationale);
    }
}
