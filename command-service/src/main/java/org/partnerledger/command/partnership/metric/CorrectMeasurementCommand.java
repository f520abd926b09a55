package org.partnerledger.command.partnership.metric;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.math.BigDecimal;

record CorrectMeasurementCommand(@TargetAggregateIdentifier String partnershipId,
                                 @TargetAggregateVersion Long expectedVersion,
                                 String metricId, String period, BigDecimal value, Integer served, Integer achieving,
                                 String reason) {
}
