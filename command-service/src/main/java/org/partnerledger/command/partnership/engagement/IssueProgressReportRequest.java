package org.partnerledger.command.partnership.engagement;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;

record IssueProgressReportRequest(@NotNull LocalDate periodStart,
                                  @NotNull LocalDate periodEnd,
                                  @NotNull ReportAudience audience,
                                  @PlainText(max = 200) String title)
        implements CommandRequest<IssueProgressReportCommand> {

    @Override
    public IssueProgressReportCommand toCommand(CommandContext context) {
        return new IssueProgressReportCommand(context.partnershipId(), context.expectedVersion(), context.newId(),
                periodStart, periodEnd, audience, title);
    }
}
