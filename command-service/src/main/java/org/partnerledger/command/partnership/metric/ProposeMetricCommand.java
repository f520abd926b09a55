package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.events.MetricIndicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

record ProposeMetricCommand(@TargetAggregateIdentifier String partnershipId,
                            @TargetAggregateVersion Long expectedVersion,
                            String metricId, String name, String definition, Unit unit, BigDecimal baseline,
                            BigDecimal target, LocalDate targetDate, Direction direction, String ownerPartner,
                            String collectionMethod, Frequency frequency, MeasureKind measureKind,
                            MetricIndicator indicator) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(ownerPartner);
    }
}
