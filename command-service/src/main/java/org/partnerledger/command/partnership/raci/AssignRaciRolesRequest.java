package org.partnerledger.command.partnership.raci;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.web.PlainText;

import java.util.List;

/** @param rationale why the roles are assigned so, if the partners say */
record AssignRaciRolesRequest(@NotEmpty @Size(max = 100) List<@PartnerId String> responsible,
                              @PartnerId String accountable,
                              @Size(max = 100) List<@PartnerId String> consulted,
                              @Size(max = 100) List<@PartnerId String> informed,
                              @PlainText(max = 2000, optional = true) String rationale)
        implements CommandRequest<AssignRaciRolesCommand> {

    @Override
    public AssignRaciRolesCommand toCommand(CommandContext context) {
        return new AssignRaciRolesCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                List.copyOf(responsible), accountable, orNone(consulted), orNone(informed), rationale);
    }

    private static List<String> orNone(List<String> partnerIds) {
        return partnerIds == null ? List.of() : List.copyOf(partnerIds);
    }
}
