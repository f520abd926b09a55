package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.PartnerCommand;

import java.math.BigDecimal;
import java.util.Collection;

record CorrectMeasurementCommand(@TargetAggregateIdentifier String partnershipId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 String metricId, String period, BigDecimal value, Integer served, Integer achieving,
                                 String reason) implements PartnerCommand {

    /** A member corrects measurements of a metric their own partner collects. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return owners.collectorsOf(metricId);
    }
}
