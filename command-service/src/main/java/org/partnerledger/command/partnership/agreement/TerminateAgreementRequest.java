package org.partnerledger.command.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record TerminateAgreementRequest(@PlainText(max = 2000) String reason,
                                 @NotNull LocalDate terminatedOn)
        implements CommandRequest<TerminateAgreementCommand> {

    @Override
    public TerminateAgreementCommand toCommand(CommandContext context) {
        return new TerminateAgreementCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                reason, terminatedOn);
    }
}
