package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.web.PlainText;

import java.math.BigDecimal;

record CorrectMeasurementRequest(@MetricPeriod String period, @MetricValue BigDecimal value,
                                 @PeopleCount Integer served, @PeopleCount Integer achieving,
                                 @PlainText(max = 10_000) String reason)
        implements CommandRequest<CorrectMeasurementCommand> {

    @Override
    public CorrectMeasurementCommand toCommand(CommandContext context) {
        return new CorrectMeasurementCommand(context.partnershipId(), context.expectedVersion(), context.itemId(),
                period,
                value, served, achieving, reason);
    }
}
