package org.partnerledger.command.partnership.vision;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record StatePurposeRequest(@PlainText(max = 2000) String purpose) implements CommandRequest<StatePurposeCommand> {

    @Override
    public StatePurposeCommand toCommand(CommandContext context) {
        return new StatePurposeCommand(context.partnershipId(), context.expectedVersion(), purpose);
    }
}
