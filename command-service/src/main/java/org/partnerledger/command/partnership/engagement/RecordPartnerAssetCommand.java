package org.partnerledger.command.partnership.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.command.partnership.PartnerCommand;

import java.util.Collection;
import java.util.List;

public record RecordPartnerAssetCommand(@TargetAggregateIdentifier String partnershipId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 String assetId, String partner, AssetKind kind, String description)
        implements NamesPartners, PartnerCommand {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(partner);
    }

    /** A member records an asset of their own partner. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return List.of(partner);
    }
}
