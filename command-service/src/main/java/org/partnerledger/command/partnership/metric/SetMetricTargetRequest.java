package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;

import java.math.BigDecimal;

record SetMetricTargetRequest(@MetricPeriod String period, @MetricValue BigDecimal target)
        implements ItemRequest<SetMetricTargetCommand> {

    @Override
    public SetMetricTargetCommand toCommand(CommandContext context, String metricId) {
        return new SetMetricTargetCommand(context.partnershipId(), context.expectedVersion(), metricId, period,
                target);
    }
}
