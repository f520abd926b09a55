package org.partnerledger.command.partnership.meeting;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;
import org.partnerledger.events.MinutesItem;

import java.util.Collection;
import java.util.List;

/**
 * @param summary the new summary, or {@code null} when it stays
 * @param items   the items replaced, or {@code null} when none is
 */
record AmendMinutesCommand(@TargetAggregateIdentifier String partnershipId,
                           @TargetAggregateVersion Long expectedVersion,
                           String meetingId, String amendedBy, String summary, List<MinutesItem> items,
                           String reason) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(amendedBy);
    }
}
