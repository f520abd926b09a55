package org.partnerledger.command.partnership;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.partnerledger.web.PlainText;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

record AssignActionRequest(@PlainText(max = 200) String title,
                           @PartnerId String responsible,
                           @PartnerId String accountable,
                           @NotNull LocalDate dueDate,
                           @Size(max = 100) List<@PartnerId String> consulted,
                           @Size(max = 100) List<@PartnerId String> informed,
                           UUID decisionId) implements CommandRequest<AssignActionCommand> {

    @Override
    public AssignActionCommand toCommand(CommandContext context) {
        return new AssignActionCommand(context.partnershipId(), context.expectedVersion(), context.newId(), title,
                responsible, accountable, orNone(consulted), orNone(informed), dueDate,
                decisionId == null ? null : decisionId.toString());
    }

    private static List<String> orNone(List<String> partnerIds) {
        return partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
