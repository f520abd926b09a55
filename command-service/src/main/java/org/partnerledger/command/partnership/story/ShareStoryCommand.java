package org.partnerledger.command.partnership.story;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;

record ShareStoryCommand(@TargetAggregateIdentifier String partnershipId,
                         @TargetAggregateVersion Long expectedVersion,
                         String storyId, String title, String narrative, String partner) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(partner);
    }
}
