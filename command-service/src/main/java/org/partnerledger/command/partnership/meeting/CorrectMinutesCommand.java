package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;

record CorrectMinutesCommand(@TargetAggregateIdentifier String partnershipId,
                             @TargetAggregateVersion Long expectedVersion,
                             String meetingId, String correctedBy, String correction, String reason)
        implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(correctedBy);
    }
}
