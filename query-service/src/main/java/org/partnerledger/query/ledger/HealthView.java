package org.partnerledger.query.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * How the partnership keeps each practice of the guide, with the evidence in words and numbers; the thresholds
 * are {@link Health}'s, described in {@code docs/figures.md}.
 *
 * @param overall the worst of the practices' statuses
 */
public record HealthView(UUID partnershipId, long version, Instant asOf, boolean stale, Status overall,
                         List<Practice> practices) {

    public enum Status {
        HEALTHY, AT_RISK, NEGLECTED
    }

    /** @param practice e.g. {@code SHARED_VISION}; {@code evidence} says why, e.g. "vision last revisited 410 days ago" */
    public record Practice(String practice, Status status, List<String> evidence) {
    }
}
