package org.partnerledger.command.partnership.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public record AmendAgreementCommand(@TargetAggregateIdentifier String partnershipId,
                             @TargetAggregateVersion Long expectedVersion,
                             String agreementId, String summary, String documentSha256, List<String> signatories,
                             LocalDate nextReviewBy) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return signatories;
    }
}
