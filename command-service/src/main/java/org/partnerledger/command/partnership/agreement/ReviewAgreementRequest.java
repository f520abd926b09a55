package org.partnerledger.command.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record ReviewAgreementRequest(@NotNull ReviewOutcome outcome,
                              @NotNull LocalDate reviewedOn,
                              @NotNull LocalDate nextReviewBy,
                              @PlainText(max = 10_000, optional = true) String notes)
        implements CommandRequest<ReviewAgreementCommand> {

    @Override
    public ReviewAgreementCommand toCommand(CommandContext context) {
        return new ReviewAgreementCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), outcome,
                reviewedOn, nextReviewBy, notes);
    }
}
