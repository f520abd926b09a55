package org.partnerledger.command.partnership.meeting;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.PartnerId;

import java.util.List;

record ApproveMinutesRequest(@NotEmpty @Size(max = 100) List<@PartnerId String> approvedBy)
        implements MeetingRequest<ApproveMinutesCommand> {

    @Override
    public ApproveMinutesCommand toCommand(CommandContext context, String meetingId) {
        return new ApproveMinutesCommand(context.partnershipId(), context.expectedVersion(), meetingId,
                List.copyOf(approvedBy));
    }
}
