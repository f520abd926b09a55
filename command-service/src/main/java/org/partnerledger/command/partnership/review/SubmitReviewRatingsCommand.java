package org.partnerledger.command.partnership.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.events.ReviewAnswer;

import java.util.Collection;
import java.util.List;

record SubmitReviewRatingsCommand(@TargetAggregateIdentifier String partnershipId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  String roundId, String partner, List<ReviewAnswer> answers)
        implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(partner);
    }
}
