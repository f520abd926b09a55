package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The decisions recorded, newest first, as a {@link DecisionSearch} selects them. */
public record DecisionLogView(UUID partnershipId, long version, Instant asOf, boolean stale,
                              List<Decision> decisions) {

    /** @param supersededBy {@code null} while the decision stands */
    public record Decision(String decisionId, String title, String rationale, List<String> decidedBy,
                           String meetingId, Instant recordedAt, boolean superseded, String supersededBy) {
    }

    static DecisionLogView of(Ledger ledger, DecisionSearch search, Instant asOf, boolean stale) {
        List<Decision> selected = new ArrayList<>();
        ledger.decisions.forEach((id, decision) -> {
            if (search.selects(decision)) {
                selected.add(decision(id, decision));
            }
        });
        Collections.reverse(selected);
        // stable: of decisions recorded at the same instant, the one folded last comes first
        selected.sort(Comparator.comparing(Decision::recordedAt).reversed());
        return new DecisionLogView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                List.copyOf(selected));
    }

    private static Decision decision(String id, Ledger.DecisionEntry decision) {
        return new Decision(id, decision.title, decision.rationale, decision.decidedBy, decision.meetingId,
                decision.recordedAt, decision.supersededBy != null, decision.supersededBy);
    }
}
