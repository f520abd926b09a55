package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The lessons the partners recorded, with the adjustment each led to and what it concerns. */
public record LessonsView(UUID partnershipId, long version, Instant asOf, boolean stale, List<Lesson> lessons) {

    public record Lesson(String lessonId, String kind, String lesson, String evidence, String adjustment,
                         List<String> metricIds, List<String> actionIds, Instant recordedAt) {
    }

    static LessonsView of(Ledger ledger, Instant asOf, boolean stale) {
        return new LessonsView(UUID.fromString(ledger.partnershipId), ledger.version, asOf, stale,
                ledger.lessonEntries.entrySet().stream().map(entry -> new Lesson(entry.getKey(),
                        entry.getValue().kind(), entry.getValue().lesson(), entry.getValue().evidence(),
                        entry.getValue().adjustment(), entry.getValue().metricIds(), entry.getValue().actionIds(),
                        entry.getValue().recordedAt())).toList());
    }
}
