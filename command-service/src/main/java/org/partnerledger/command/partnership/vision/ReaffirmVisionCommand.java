package org.partnerledger.command.partnership.vision;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;

public record ReaffirmVisionCommand(@TargetAggregateIdentifier String partnershipId,
                             @TargetAggregateVersion Long expectedVersion,
                             List<String> participants, String note) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return participants;
    }
}
