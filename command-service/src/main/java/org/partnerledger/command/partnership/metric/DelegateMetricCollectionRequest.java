package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.PartnerId;

record DelegateMetricCollectionRequest(@PartnerId String partner)
        implements ItemRequest<DelegateMetricCollectionCommand> {

    @Override
    public DelegateMetricCollectionCommand toCommand(CommandContext context, String metricId) {
        return new DelegateMetricCollectionCommand(context.partnershipId(), context.expectedVersion(), metricId,
                partner);
    }
}
