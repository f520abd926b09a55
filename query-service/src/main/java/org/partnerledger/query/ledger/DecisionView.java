package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A decision as the coordinators' dashboard lists it; {@code recordedAt} is when its event occurred. */
public record DecisionView(UUID decisionId, String title, String rationale, List<String> decidedBy,
                           Instant recordedAt) {

    static List<DecisionView> of(Ledger ledger) {
        return ledger.decisions.entrySet().stream().map(entry -> new DecisionView(UUID.fromString(entry.getKey()),
                entry.getValue().title, entry.getValue().rationale, entry.getValue().decidedBy,
                entry.getValue().recordedAt)).toList();
    }
}
