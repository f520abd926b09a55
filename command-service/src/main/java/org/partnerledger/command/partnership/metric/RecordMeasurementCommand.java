package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

record RecordMeasurementCommand(@TargetAggregateIdentifier String partnershipId,
                                @TargetAggregateVersion Long expectedVersion,
                                String measurementId, String metricId, String period, BigDecimal value,
                                Integer served, Integer achieving, String recordedBy) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(recordedBy);
    }
}
