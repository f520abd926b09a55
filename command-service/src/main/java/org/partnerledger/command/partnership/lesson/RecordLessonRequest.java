package org.partnerledger.command.partnership.lesson;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.util.List;
import java.util.UUID;

record RecordLessonRequest(@NotNull LessonKind kind,
                           @PlainText(max = 2_000) String lesson,
                           @PlainText(max = 10_000) String evidence,
                           @PlainText(max = 2_000) String adjustment,
                           @Size(max = 20) List<@NotNull UUID> metricIds,
                           @Size(max = 100) List<@NotNull UUID> actionIds)
        implements CommandRequest<RecordLessonCommand> {

    @Override
    public RecordLessonCommand toCommand(CommandContext context) {
        return new RecordLessonCommand(context.partnershipId(), context.expectedVersion(), context.newId(), kind,
                lesson, evidence, adjustment, ids(metricIds), ids(actionIds));
    }

    private static List<String> ids(List<UUID> ids) {
        return ids == null ? List.of() : ids.stream().map(UUID::toString).distinct().toList();
    }
}
