package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.math.BigDecimal;

record AmendMetricTargetRequest(@MetricPeriod String period, @MetricValue BigDecimal target,
                                @PlainText(max = 10_000) String reason)
        implements CommandRequest<AmendMetricTargetCommand> {

    @Override
    public AmendMetricTargetCommand toCommand(CommandContext context) {
        return new AmendMetricTargetCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                period,
                target, reason);
    }
}
