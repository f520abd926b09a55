package org.partnerledger.query.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A conflict between partners; {@code loggedAt} is when its event occurred. */
public record ConflictView(UUID conflictId, String subject, String description, List<String> parties,
                           String severity, ConflictStatus status, Instant loggedAt) {
}
