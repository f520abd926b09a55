package org.partnerledger.command.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.ItemRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record TerminateAgreementRequest(@PlainText(max = 2000) String reason,
                                 @NotNull LocalDate terminatedOn)
        implements ItemRequest.Body<TerminateAgreementCommand> {

    @Override
    public TerminateAgreementCommand toCommand(CommandContext context, String agreementId) {
        return new TerminateAgreementCommand(context.partnershipId(), context.expectedVersion(), agreementId,
                reason, terminatedOn);
    }
}
