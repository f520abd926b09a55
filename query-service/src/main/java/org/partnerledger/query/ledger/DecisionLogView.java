package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

/** The decisions recorded, newest first, as a {@link DecisionSearch} selects them. */
public record DecisionLogView(UUID partnershipId, long version, Instant asOf, boolean stale,
                              List<Decision> decisions) {

    /** @param supersededBy {@code null} while the decision stands */
    public record Decision(String decisionId, String title, String rationale, List<String> decidedBy,
                           String meetingId, Instant recordedAt, boolean superseded, String supersededBy) {
    }

    static DecisionLogView of(Ledger ledger, DecisionSearch search, Instant asOf, boolean stale) {
        List<Map.Entry<String, Ledger.DecisionEntry>> recorded = List.copyOf(ledger.decisions.entrySet());
        return new DecisionLogView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                IntStream.range(0, recorded.size()).map(index -> recorded.size() - 1 - index)
                        .mapToObj(recorded::get)
                        .filter(entry -> search.selects(entry.getValue()))
                        .sorted(Comparator.comparing((Map.Entry<String, Ledger.DecisionEntry> entry) ->
                                entry.getValue().recordedAt).reversed())
                        .map(entry -> decision(entry.getKey(), entry.getValue())).toList());
    }

    private static Decision decision(String id, Ledger.DecisionEntry decision) {
        return new Decision(id, decision.title, decision.rationale, decision.decidedBy, decision.meetingId,
                decision.recordedAt, decision.supersededBy != null, decision.supersededBy);
    }
}
