package org.partnerledger.command.partnership.raci;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record DefineRaciAreaRequest(@PlainText(max = 200) String name,
                             @PlainText(max = 2000) String description)
        implements CommandRequest<DefineRaciAreaCommand> {

    @Override
    public DefineRaciAreaCommand toCommand(CommandContext context) {
        return new DefineRaciAreaCommand(context.partnershipId(), context.expectedVersion(), context.newId(), name,
                description);
    }
}
