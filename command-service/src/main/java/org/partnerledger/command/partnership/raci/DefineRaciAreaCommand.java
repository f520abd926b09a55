package org.partnerledger.command.partnership.raci;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

public record DefineRaciAreaCommand(@TargetAggregateIdentifier String partnershipId,
                             @TargetAggregateVersion Long expectedVersion,
                             String areaId, String name, String description) {
}
