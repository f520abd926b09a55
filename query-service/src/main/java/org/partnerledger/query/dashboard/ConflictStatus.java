package org.partnerledger.query.dashboard;

import java.time.Instant;

/** Where a conflict stands in the partnership's conflict process. */
public enum ConflictStatus {
    OPEN, RESOLVED;

    /** @param resolvedAt when the conflict was resolved, {@code null} while it is not */
    static ConflictStatus of(Instant resolvedAt) {
        return resolvedAt == null ? OPEN : RESOLVED;
    }
}
