package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.web.PlainText;

import java.util.List;

record LogConflictRequest(@PlainText(max = 200) String subject,
                          @PlainText(max = 10_000) String description,
                          @NotNull @Size(max = 100) List<@PartnerId String> parties,
                          @NotNull Severity severity) implements CommandRequest<LogConflictCommand> {

    @Override
    public LogConflictCommand toCommand(CommandContext context) {
        return new LogConflictCommand(context.partnershipId(), context.expectedVersion(), context.newId(), subject,
                description, List.copyOf(parties), severity);
    }
}
