package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;

record EndorseMetricRequest(@PartnerId String partner) implements CommandRequest<EndorseMetricCommand> {

    @Override
    public EndorseMetricCommand toCommand(CommandContext context) {
        return new EndorseMetricCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), partner);
    }
}
