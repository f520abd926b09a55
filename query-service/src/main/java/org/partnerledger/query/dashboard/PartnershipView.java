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

    public record ActionCountsView(long open, long overdue, long completed) {

        static ActionCountsView of(List<ActionView> actions) {
            return new ActionCountsView(count(actions, ActionStatus.OPEN), count(actions, ActionStatus.OVERDUE),
                    count(actions, ActionStatus.COMPLETED));
        }

        private static long count(List<ActionView> actions, ActionStatus status) {
            return actions.stream().filter(action -> action.status() == status).count();
        }
    }

    public record ConflictCountsView(long open, long resolved) {

        static ConflictCountsView of(List<ConflictView> conflicts) {
            long open = conflicts.stream().filter(conflict -> conflict.status() == ConflictStatus.OPEN).count();
            return new ConflictCountsView(open, conflicts.size() - open);
        }
    }
}
