package org.partnerledger.command.partnership.vision;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

/** @param rationale why this interval, if the partners say */
record SetVisionRevisitIntervalRequest(@NotNull @Min(VisionUpkeep.MIN_MONTHS) @Max(VisionUpkeep.MAX_MONTHS)
                                       Integer months,
                                       @PlainText(max = 2000, optional = true) String rationale)
        implements CommandRequest<SetVisionRevisitIntervalCommand> {

    @Override
    public SetVisionRevisitIntervalCommand toCommand(CommandContext context) {
        return new SetVisionRevisitIntervalCommand(context.partnershipId(), context.expectedVersion(), months,
                rationale);
    }
}
