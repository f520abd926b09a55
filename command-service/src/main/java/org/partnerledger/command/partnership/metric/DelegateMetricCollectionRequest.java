package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;

record DelegateMetricCollectionRequest(@PartnerId String partner)
        implements CommandRequest<DelegateMetricCollectionCommand> {

    @Override
    public DelegateMetricCollectionCommand toCommand(CommandContext context) {
        return new DelegateMetricCollectionCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                partner);
    }
}
