package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.command.partnership.PartnerCommand;

import java.util.Collection;
import java.util.List;

record EndorseMetricCommand(@TargetAggregateIdentifier String partnershipId,
                            @TargetAggregateVersion Long expectedVersion,
                            String metricId, String partner) implements NamesPartners, PartnerCommand {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(partner);
    }

    /** A member endorses a metric for their own partner. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return List.of(partner);
    }
}
