package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.command.partnership.PartnerCommand;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

record RecordCheckInCommand(@TargetAggregateIdentifier String partnershipId,
                            @TargetAggregateVersion Long expectedVersion,
                            String checkInId, List<String> partners, LocalDate occurredOn, CheckInChannel channel,
                            String note) implements NamesPartners, PartnerCommand {

    @Override
    public Collection<String> partnersNamed() {
        return partners;
    }

    /** A member records a check-in their own partner took part in. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return partners;
    }
}
