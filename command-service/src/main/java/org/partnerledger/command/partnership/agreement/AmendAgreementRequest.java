package org.partnerledger.command.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.List;

/** @param nextReviewBy the new day by which the agreement is to be reviewed, or none to keep the one before */
record AmendAgreementRequest(@PlainText(max = 2000) String summary,
                             @Sha256 String documentSha256,
                             @NotNull @Size(min = 2, max = 100) List<@PartnerId String> signatories,
                             LocalDate nextReviewBy)
        implements CommandRequest<AmendAgreementCommand> {

    @Override
    public AmendAgreementCommand toCommand(CommandContext context) {
        return new AmendAgreementCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), summary,
                documentSha256, List.copyOf(signatories), nextReviewBy);
    }
}
