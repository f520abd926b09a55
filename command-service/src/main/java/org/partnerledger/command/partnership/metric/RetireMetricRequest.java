package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.web.PlainText;

record RetireMetricRequest(@PlainText(max = 10_000) String reason) implements ItemRequest<RetireMetricCommand> {

    @Override
    public RetireMetricCommand toCommand(CommandContext context, String metricId) {
        return new RetireMetricCommand(context.partnershipId(), context.expectedVersion(), metricId, reason);
    }
}
