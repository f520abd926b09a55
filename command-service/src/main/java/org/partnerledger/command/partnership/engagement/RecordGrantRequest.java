package org.partnerledger.command.partnership.engagement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.UUID;

record RecordGrantRequest(@NotNull UUID funderOrganisationId,
                          @PlainText(max = 200) String funderName,
                          @PlainText(max = 100) String grantNumber,
                          @NotNull LocalDate periodStart,
                          @NotNull LocalDate periodEnd) implements CommandRequest<RecordGrantCommand> {

    @Override
    public RecordGrantCommand toCommand(CommandContext context) {
        return new RecordGrantCommand(context.partnershipId(), context.expectedVersion(), context.newId(),
                funderOrganisationId.toString(), funderName, grantNumber, periodStart, periodEnd);
    }
}
