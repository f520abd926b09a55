package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;

import java.math.BigDecimal;

record SetMetricTargetRequest(@MetricPeriod String period, @MetricValue BigDecimal target)
        implements CommandRequest<SetMetricTargetCommand> {

    @Override
    public SetMetricTargetCommand toCommand(CommandContext context) {
        return new SetMetricTargetCommand(context.partnershipId(), context.expectedVersion(), context.itemId(), period,
                target);
    }
}
