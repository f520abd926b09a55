package org.partnerledger.command.partnership.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.List;

record RecordCheckInRequest(@NotNull @Size(max = 100) List<@PartnerId String> partners,
                            @NotNull LocalDate occurredOn,
                            @NotNull CheckInChannel channel,
                            @PlainText(max = 10_000) String note) implements CommandRequest<RecordCheckInCommand> {

    @Override
    public RecordCheckInCommand toCommand(CommandContext context) {
        return new RecordCheckInCommand(context.partnershipId(), context.expectedVersion(), context.newId(),
                List.copyOf(partners), occurredOn, channel, note);
    }
}
