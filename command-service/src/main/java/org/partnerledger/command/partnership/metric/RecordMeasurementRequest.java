package org.partnerledger.command.partnership.metric;

import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;

import java.math.BigDecimal;

record RecordMeasurementRequest(@MetricPeriod String period, @MetricValue BigDecimal value,
                                @PeopleCount Integer served, @PeopleCount Integer achieving,
                                @PartnerId String recordedBy) implements CommandRequest<RecordMeasurementCommand> {

    @Override
    public RecordMeasurementCommand toCommand(CommandContext context) {
        return new RecordMeasurementCommand(context.partnershipId(), context.expectedVersion(), context.newId(),
                context.itemId(), period, value, served, achieving, recordedBy);
    }
}
