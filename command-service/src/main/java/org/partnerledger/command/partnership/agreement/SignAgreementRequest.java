package org.partnerledger.command.partnership.agreement;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.List;

record SignAgreementRequest(@NotNull AgreementKind kind,
                            @PlainText(max = 200) String title,
                            @NotNull @Size(min = 2, max = 100) List<@PartnerId String> signatories,
                            @NotNull LocalDate effectiveOn,
                            @NotNull LocalDate reviewBy,
                            @Sha256 String documentSha256,
                            @PlainText(max = 10_000) String rolesClause,
                            @PlainText(max = 10_000) String disputeResolutionClause)
        implements CommandRequest<SignAgreementCommand> {

    @Override
    public SignAgreementCommand toCommand(CommandContext context) {
        return new SignAgreementCommand(context.partnershipId(), context.expectedVersion(), context.newId(), kind,
                title, List.copyOf(signatories), effectiveOn, reviewBy, documentSha256, rolesClause,
                disputeResolutionClause);
    }
}
