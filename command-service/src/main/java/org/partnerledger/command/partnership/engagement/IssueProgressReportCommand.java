package org.partnerledger.command.partnership.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;

public record IssueProgressReportCommand(@TargetAggregateIdentifier String partnershipId,
                                  @TargetAggregateVersion Long expectedVersion,
                                  String reportId, LocalDate periodStart, LocalDate periodEnd,
                                  ReportAudience audience, String title) {
}
