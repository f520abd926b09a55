package org.partnerledger.command.partnership.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record RecordGrantCommand(@TargetAggregateIdentifier String partnershipId,
                          @TargetAggregateVersion Long expectedVersion,
                          String grantId, String funderOrganisationId, String funderName, String grantNumber,
                          LocalDate periodStart, LocalDate periodEnd) {
}
