package org.partnerledger.command.partnership.action;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.PartnerCommand;

import java.time.LocalDate;
import java.util.Collection;

record RescheduleActionCommand(@TargetAggregateIdentifier String partnershipId,
                               @TargetAggregateVersion Long expectedVersion,
                               String actionId, LocalDate dueDate, String reason) implements PartnerCommand {

    /** A member reschedules an action their own partner is responsible for. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return owners.responsibleFor(actionId).stream().toList();
    }
}
