package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One partnership on the coordinators' dashboard: its summary and how its items stand, as of {@code version}.
 */
public record PartnershipView(UUID partnershipId, String name, VisionView vision, List<PartnerView> partners,
                              String coordinator, DecisionCountsView decisions, ActionCountsView actions,
                              ConflictCountsView conflicts, long version, Instant lastActivityAt) {

    public record VisionView(String statement, List<String> goals, int revision) {
    }

    public record PartnerView(String id, String name) {
    }

    public record DecisionCountsView(long total) {
    }

    public record ActionCountsView(long open, long overdue, long completed, long cancelled) {
    }

    public record ConflictCountsView(long open, long resolved) {
    }

    /** The partners are those not withdrawn, in the order they joined. */
    static PartnershipView of(Ledger ledger, Instant now) {
        Figures figures = new Figures(ledger, now);
        Ledger.VisionEntry vision = ledger.vision();
        return new PartnershipView(UUID.fromString(ledger.partnershipId), ledger.name,
                new VisionView(vision.statement(), vision.goals(), vision.revision()),
                ledger.partners.entrySet().stream().filter(partner -> partner.getValue().current)
                        .map(partner -> new PartnerView(partner.getKey(), partner.getValue().name)).toList(),
                ledger.coordinator, new DecisionCountsView(figures.decisions()),
                new ActionCountsView(figures.openActions(), figures.overdueActions(), figures.completedActions(),
                        figures.cancelledActions()),
                new ConflictCountsView(figures.openConflicts(), figures.resolvedConflicts()), ledger.version,
                ledger.lastEventAt);
    }
}
