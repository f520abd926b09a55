package org.partnerledger.command.partnership.meeting;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;

import java.util.List;

record ApproveMinutesRequest(@NotEmpty @Size(max = 100) List<@PartnerId String> approvedBy)
        implements CommandRequest<ApproveMinutesCommand> {

    @Override
    public ApproveMinutesCommand toCommand(CommandContext context) {
        return new ApproveMinutesCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                List.copyOf(approvedBy));
    }
}
