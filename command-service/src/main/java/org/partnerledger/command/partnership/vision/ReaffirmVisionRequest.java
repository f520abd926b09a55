package org.partnerledger.command.partnership.vision;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

import java.util.List;

record ReaffirmVisionRequest(@NotEmpty @Size(max = 100) List<@PartnerId String> participants,
                             @PlainText(max = 2000, optional = true) String note)
        implements CommandRequest<ReaffirmVisionCommand> {

    @Override
    public ReaffirmVisionCommand toCommand(CommandContext context) {
        return new ReaffirmVisionCommand(context.partnershipId(), context.expectedVersion(),
                List.copyOf(participants), note);
    }
}
