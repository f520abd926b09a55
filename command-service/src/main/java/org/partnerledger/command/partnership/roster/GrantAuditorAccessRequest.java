package org.partnerledger.command.partnership.roster;

import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.util.UUID;

/**
 * @param organisationId the auditor's organisation id in the directory its people sign in with
 * @param note           what the access is for, if the coordinator says
 */
record GrantAuditorAccessRequest(@NotNull UUID organisationId,
                                 @PlainText(max = 2000, optional = true) String note)
        implements CommandRequest<GrantAuditorAccessCommand> {

    @Override
    public GrantAuditorAccessCommand toCommand(CommandContext context) {
        return new GrantAuditorAccessCommand(context.partnershipId(), context.expectedVersion(),
                organisationId.toString(), note);
    }
}
