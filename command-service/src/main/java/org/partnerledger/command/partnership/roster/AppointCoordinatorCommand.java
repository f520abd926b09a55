package org.partnerledger.command.partnership.roster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;

/**
 * Appoints the partner that coordinates the partnership.
 *
 * @param coordinatorPerson the subject id of the person who coordinates for it, or {@code null}
 */
public record AppointCoordinatorCommand(@TargetAggregateIdentifier String partnershipId,
                                        @TargetAggregateVersion Long expectedVersion,
                                        String coordinator, String coordinatorPerson) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return List.of(coordinator);
    }
}
