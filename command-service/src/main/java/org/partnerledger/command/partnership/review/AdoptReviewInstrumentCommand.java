package org.partnerledger.command.partnership.review;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.events.ReviewCategory;

import java.util.List;

record AdoptReviewInstrumentCommand(@TargetAggregateIdentifier String partnershipId,
                                    @TargetAggregateVersion Long expectedVersion,
                                    String instrumentId, String version, List<ReviewCategory> categories) {
}
