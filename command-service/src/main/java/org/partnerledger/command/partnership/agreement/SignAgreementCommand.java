package org.partnerledger.command.partnership.agreement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public record SignAgreementCommand(@TargetAggregateIdentifier String partnershipId,
                            @TargetAggregateVersion Long expectedVersion,
                            String agreementId, AgreementKind kind, String title, List<String> signatories,
                            LocalDate effectiveOn, LocalDate reviewBy, String documentSha256, String rolesClause,
                            String disputeResolutionClause) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return signatories;
    }
}
