package org.partnerledger.command.partnership.engagement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record DisseminateSuccessRequest(@NotNull DisseminationChannel channel,
                                 @PlainText(max = 200) String title,
                                 @HttpsLink String link) implements CommandRequest<DisseminateSuccessCommand> {

    @Override
    public DisseminateSuccessCommand toCommand(CommandContext context) {
        return new DisseminateSuccessCommand(context.partnershipId(), context.expectedVersion(), context.newId(),
                channel, title, link);
    }
}
