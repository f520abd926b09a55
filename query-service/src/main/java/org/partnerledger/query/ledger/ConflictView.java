package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conflict between partners; {@code loggedAt} is when its event occurred. */
public record ConflictView(UUID conflictId, String subject, String description, List<String> parties,
                           String severity, ConflictStatus status, Instant loggedAt) {

    static List<ConflictView> of(Ledger ledger) {
        return ledger.conflicts.entrySet().stream().map(entry -> {
            Ledger.ConflictEntry conflict = entry.getValue();
            return new ConflictView(UUID.fromString(entry.getKey()), conflict.subject, conflict.description,
                    conflict.parties, conflict.severity, Figures.status(conflict), conflict.loggedAt);
        }).toList();
    }
}
