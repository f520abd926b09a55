package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

record AmendMetricTargetCommand(@TargetAggregateIdentifier String partnershipId,
                                @TargetAggregateVersion Long expectedVersion,
                                String metricId, String period, BigDecimal target, String reason) {
}
