package org.partnerledger.command.partnership.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

import java.util.List;

record AmendMinutesRequest(@PartnerId String amendedBy,
                           @PlainText(max = 10_000, optional = true) String summary,
                           @Size(max = 30) List<@NotNull @Valid MinutesItemBody> items,
                           @PlainText(max = 2000) String reason) implements CommandRequest<AmendMinutesCommand> {

    @Override
    public AmendMinutesCommand toCommand(CommandContext context) {
        return new AmendMinutesCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), amendedBy,
                summary, items == null ? null : MinutesItemBody.toItems(items), reason);
    }
}
