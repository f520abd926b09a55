package org.partnerledger.command.partnership.roster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;

/** Withdraws a current partner from the partnership. */
public record WithdrawPartnerCommand(@TargetAggregateIdentifier String partnershipId,
                                     @TargetAggregateVersion Long expectedVersion,
                                     String partner, String reason) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(partner);
    }
}
