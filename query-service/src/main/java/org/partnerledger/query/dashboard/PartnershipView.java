package org.partnerledger.query.dashboard;

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
}
