package org.partnerledger.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.util.Collection;
import java.util.List;

record LogConflictCommand(@TargetAggregateIdentifier String partnershipId,
                          @TargetAggregateVersion Long expectedVersion,
                          String conflictId, String subject, String description, List<String> parties,
                          Severity severity) implements PartnerCommand {

    /** A member logs a conflict their own partner is a party to. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return parties;
    }
}
