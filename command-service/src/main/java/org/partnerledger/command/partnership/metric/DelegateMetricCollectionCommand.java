package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;

record DelegateMetricCollectionCommand(@TargetAggregateIdentifier String partnershipId,
                                       @TargetAggregateVersion Long expectedVersion,
                                       String metricId, String partner) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(partner);
    }
}
