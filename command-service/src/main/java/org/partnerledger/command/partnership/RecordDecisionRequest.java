package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

record RecordDecisionRequest(@PlainText(max = 200) String title,
                             @PlainText(max = 10_000) String rationale,
                             @NotEmpty @Size(max = 100) List<@PartnerId String> decidedBy,
                             UUID meetingId,
                             LocalDate reviewBy,
                             UUID supersedes,
                             @Size(max = 20) List<@NotNull UUID> metricIds)
        implements CommandRequest<RecordDecisionCommand> {

    @Override
    public RecordDecisionCommand toCommand(CommandContext context) {
        return new RecordDecisionCommand(context.partnershipId(), context.expectedVersion(), context.newId(), title,
                rationale, List.copyOf(decidedBy), text(meetingId), reviewBy, text(supersedes),
                metricIds == null ? List.of() : metricIds.stream().map(UUID::toString).distinct().toList());
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
