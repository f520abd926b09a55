package org.partnerledger.command.partnership.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.command.partnership.PartnerCommand;
import org.partnerledger.events.ReviewAnswer;

import java.util.Collection;
import java.util.List;

record SubmitReviewRatingsCommand(@TargetAggregateIdentifier String partnershipId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  String roundId, String partner, List<ReviewAnswer> answers)
        implements NamesPartners, PartnerCommand {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(partner);
    }

    /** A member rates a review round for their own partner. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return List.of(partner);
    }
}
