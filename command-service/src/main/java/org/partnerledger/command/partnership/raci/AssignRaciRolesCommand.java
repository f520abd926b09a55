package org.partnerledger.command.partnership.raci;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/** Assigns, or reassigns, the roles of one area of work: exactly one Accountable, by construction. */
public record AssignRaciRolesCommand(@TargetAggregateIdentifier String partnershipId,
                              @TargetAggregateVersion Long expectedVersion,
                              String areaId, List<String> responsible, String accountable,
                              List<String> consulted, List<String> informed, String rationale)
        implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return Stream.of(responsible, List.of(accountable), consulted, informed).flatMap(List::stream).toList();
    }
}
