package org.partnerledger.command.partnership.meeting;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;

record SetMeetingCadenceRequest(@NotNull MeetingCadence cadence) implements CommandRequest<SetMeetingCadenceCommand> {

    @Override
    public SetMeetingCadenceCommand toCommand(CommandContext context) {
        return new SetMeetingCadenceCommand(context.partnershipId(), context.expectedVersion(), cadence);
    }
}
