package org.partnerledger.command.partnership.engagement;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesMetrics;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/** @param metricId the metric the milestone marks, with its {@code value}; both {@code null} when it marks none */
public record CelebrateMilestoneCommand(@TargetAggregateIdentifier String partnershipId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 String milestoneId, String title, LocalDate achievedOn, String achievement,
                                 String metricId, Double value) implements NamesMetrics {

    @Override
    public Collection<String> metricsNamed() {
        return metricId == null ? List.of() : List.of(metricId);
    }
}
