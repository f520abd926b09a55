package org.partnerledger.command.partnership.conflict;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

import java.util.List;

record ResolveConflictRequest(@PlainText(max = 10_000) String resolution,
                              @NotEmpty @Size(max = 100) List<@PartnerId String> agreedBy,
                              @Valid DecisionBody decision) implements CommandRequest<ResolveConflictCommand> {

    /** The decision to record with the resolution, decided by those who agreed it. */
    record DecisionBody(@PlainText(max = 200) String title, @PlainText(max = 10_000) String rationale) {
    }

    @Override
    public ResolveConflictCommand toCommand(CommandContext context) {
        return new ResolveConflictCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                resolution,
                List.copyOf(agreedBy), context.newId(),
                decision == null ? null : new ResolveConflictCommand.Decision(decision.title(), decision.rationale()));
    }
}
