package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every conflict logged, open or resolved, with the steps of the ladder it climbed. */
public record ConflictRegisterView(UUID partnershipId, long version, Instant asOf, boolean stale,
                                   List<Conflict> conflicts) {

    /**
     * @param step         the ladder step it is on; {@code null} when logged before a ladder was agreed
     * @param status       {@code OPEN}, {@code RESOLVED} or {@code REOPENED} (open again after a resolution)
     * @param resolvedAt   the last resolution; {@code null} while open
     * @param stepsClimbed how many times it was escalated
     */
    public record Conflict(String conflictId, String subject, String description, String severity,
                           List<String> parties, String step, String status, Instant loggedAt, Instant resolvedAt,
                           String resolution, int reopenings, int stepsClimbed, List<Escalation> escalations) {
    }

    public record Escalation(String fromStep, String toStep, String reason, Instant at) {
    }

    static ConflictRegisterView of(Ledger ledger, Instant asOf, boolean stale) {
        return new ConflictRegisterView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.conflicts.entrySet().stream().map(entry -> conflict(entry.getKey(), entry.getValue()))
                        .toList());
    }

    private static Conflict conflict(String id, Ledger.ConflictEntry conflict) {
        return new Conflict(id, conflict.subject, conflict.description, conflict.severity, conflict.parties,
                conflict.step, status(conflict), conflict.loggedAt, conflict.resolvedAt,
                conflict.resolvedAt == null ? null : conflict.resolution, conflict.reopenings,
                conflict.escalations.size(), conflict.escalations.stream().map(escalation -> new Escalation(
                        escalation.fromStep(), escalation.toStep(), escalation.reason(), escalation.at())).toList());
    }

    private static String status(Ledger.ConflictEntry conflict) {
        if (conflict.resolvedAt != null) {
            return "RESOLVED";
        }
        return conflict.reopenings > 0 ? "REOPENED" : "OPEN";
    }
}
