package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

record RetireMetricCommand(@TargetAggregateIdentifier String partnershipId,
                           @TargetAggregateVersion Long expectedVersion,
                           String metricId, String reason) {
}
