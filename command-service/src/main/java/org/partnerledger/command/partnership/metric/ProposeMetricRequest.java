package org.partnerledger.command.partnership.metric;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.partnerledger.command.partnership.CommandContext;
import org.partnerledger.command.partnership.CommandRequest;
import org.partnerledger.command.partnership.PartnerId;
import org.partnerledger.events.MetricIndicator;
import org.partnerledger.web.PlainText;

import java.math.BigDecimal;
import java.time.LocalDate;

record ProposeMetricRequest(@PlainText(max = 200) String name,
                            @PlainText(max = 2000) String definition,
                            @NotNull Unit unit,
                            @MetricValue BigDecimal baseline,
                            @MetricValue BigDecimal target,
                            @NotNull LocalDate targetDate,
                            @NotNull Direction direction,
                            @PartnerId String ownerPartner,
                            @PlainText(max = 2000) String collectionMethod,
                            @NotNull Frequency frequency,
                            @NotNull MeasureKind measureKind,
                            @Valid IndicatorBody indicator) implements CommandRequest<ProposeMetricCommand> {

    /** A framework indicator: the framework always, its version and the indicator's code where known. */
    record IndicatorBody(@PlainText(max = 100) String framework,
                         @PlainText(max = 40, optional = true) String frameworkVersion,
                         @PlainText(max = 40, optional = true) String code) {
    }

    @Override
    public ProposeMetricCommand toCommand(CommandContext context) {
        return new ProposeMetricCommand(context.partnershipId(), context.expectedVersion(), context.newId(), name,
                definition, unit, baseline, target, targetDate, direction, ownerPartner, collectionMethod,
                frequency, measureKind, indicator == null ? null
                : new MetricIndicator(indicator.framework(), indicator.frameworkVersion(), indicator.code()));
    }
}
