package org.partnerledger.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.events.Vision;

record ReviseVisionCommand(@TargetAggregateIdentifier String partnershipId,
                           @TargetAggregateVersion Long expectedVersion,
                           Vision vision, String rationale) {
}
