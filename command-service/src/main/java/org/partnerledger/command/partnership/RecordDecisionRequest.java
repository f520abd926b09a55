package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.partnerledger.web.PlainText;

import java.util.List;

record RecordDecisionRequest(@PlainText(max = 200) String title,
                             @PlainText(max = 10_000) String rationale,
                             @NotEmpty @Size(max = 100) List<@PartnerId String> decidedBy)
        implements CommandRequest<RecordDecisionCommand> {

    @Override
    public RecordDecisionCommand toCommand(CommandContext context) {
        return new RecordDecisionCommand(context.partnershipId(), context.expectedVersion(), context.newId(), title,
                rationale, List.copyOf(decidedBy));
    }
}
