package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.command.partnership.PartnerCommand;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

record RecordMeasurementCommand(@TargetAggregateIdentifier String partnershipId,
                                @TargetAggregateVersion Long expectedVersion,
                                String measurementId, String metricId, String period, BigDecimal value,
                                Integer served, Integer achieving, String recordedBy)
        implements NamesPartners, PartnerCommand {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(recordedBy);
    }

    /** A member records a measurement as their own partner, which must collect the metric. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return List.of(recordedBy);
    }
}
