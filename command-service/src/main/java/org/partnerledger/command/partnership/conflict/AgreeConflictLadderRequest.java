package org.partnerledger.command.partnership.conflict;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.util.List;

record AgreeConflictLadderRequest(@NotNull @Size(min = 2, max = 10) List<@PlainText(max = 100) String> steps,
                                  @PlainText(max = 2_000) String rationale)
        implements CommandRequest<AgreeConflictLadderCommand> {

    @Override
    public AgreeConflictLadderCommand toCommand(CommandContext context) {
        return new AgreeConflictLadderCommand(context.partnershipId(), context.expectedVersion(), List.copyOf(steps),
                rationale);
    }
}
