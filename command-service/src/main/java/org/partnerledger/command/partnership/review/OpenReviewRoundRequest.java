package org.partnerledger.command.partnership.review;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record OpenReviewRoundRequest(@PlainText(max = 200) String title, @NotNull LocalDate closesOn)
        implements CommandRequest<OpenReviewRoundCommand> {

    @Override
    public OpenReviewRoundCommand toCommand(CommandContext context) {
        return new OpenReviewRoundCommand(context.partnershipId(), context.expectedVersion(), context.newId(), title,
                closesOn);
    }
}
