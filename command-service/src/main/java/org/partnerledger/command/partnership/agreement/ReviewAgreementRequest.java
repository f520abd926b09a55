package org.partnerledger.command.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.ItemRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record ReviewAgreementRequest(@NotNull ReviewOutcome outcome,
                              @NotNull LocalDate reviewedOn,
                              @NotNull LocalDate nextReviewBy,
                              @PlainText(max = 10_000, optional = true) String notes)
        implements ItemRequest.Body<ReviewAgreementCommand> {

    @Override
    public ReviewAgreementCommand toCommand(CommandContext context, String agreementId) {
        return new ReviewAgreementCommand(context.partnershipId(), context.expectedVersion(), agreementId, outcome,
                reviewedOn, nextReviewBy, notes);
    }
}
