package org.partnerledger.command.partnership.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Stream;

/** Hands an open action to a new responsible partner, a new accountable partner ({@code null}: unchanged) or both. */
record ReassignActionCommand(@TargetAggregateIdentifier String partnershipId,
                             @TargetAggregateVersion Long expectedVersion,
                             String actionId, String responsible, String accountable, String reason)
        implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return Stream.of(responsible, accountable).filter(Objects::nonNull).toList();
    }
}
