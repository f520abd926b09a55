package org.partnerledger.command.partnership.conflict;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.partnerledger.command.partnership.NamesPartners;

import java.util.Collection;
import java.util.List;

/**
 * Settles an open conflict, and, when {@code decision} is given, records it as a decision of those who agreed.
 *
 * @param decisionId the id issued for the decision, used only when {@code decision} is given
 * @param decision   the decision recorded with the resolution, or {@code null}
 */
record ResolveConflictCommand(@TargetAggregateIdentifier String partnershipId,
                              @TargetAggregateVersion Long expectedVersion,
                              String conflictId, String resolution, List<String> agreedBy, String decisionId,
                              Decision decision) implements NamesPartners {

    @Override
    public Collection<String> partnersNamed() {
        return agreedBy;
    }

    /** What was decided, in a line, and why. */
    record Decision(String title, String rationale) {
    }
}
