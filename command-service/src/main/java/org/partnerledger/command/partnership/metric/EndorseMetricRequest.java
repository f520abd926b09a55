package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.PartnerId;

record EndorseMetricRequest(@PartnerId String partner) implements ItemRequest<EndorseMetricCommand> {

    @Override
    public EndorseMetricCommand toCommand(CommandContext context, String metricId) {
        return new EndorseMetricCommand(context.partnershipId(), context.expectedVersion(), metricId, partner);
    }
}
