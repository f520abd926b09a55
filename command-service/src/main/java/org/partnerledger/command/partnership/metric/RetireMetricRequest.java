package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

record RetireMetricRequest(@PlainText(max = 10_000) String reason) implements CommandRequest<RetireMetricCommand> {

    @Override
    public RetireMetricCommand toCommand(CommandContext context) {
        return new RetireMetricCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), reason);
    }
}
