package org.partnerledger.query.ledger;

import org.partnerledger.query.ledger.HealthView.Status;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of every partnership the reader stands in, each with its health and key counts as of now
 * (docs/figures.md: the same figures as its dashboard and health).
 *
 * @param page  from 0
 * @param total how many partnerships the reader stands in, over every page
 */
public record PortfolioView(int page, int size, long total, String sort, String order, Instant asOf,
                            List<Item> partnerships) {

    /**
     * @param practices each practice's status, e.g. {@code SHARED_VISION: AT_RISK}, in the health's order
     * @param openActions open and not yet overdue, as the dashboard counts them
     */
    public record Item(UUID partnershipId, String name, long version, Instant lastActivityAt, Status overall,
                       Map<String, Status> practices, long openActions, long overdueActions, long openConflicts,
                       long decisionsLast90Days) {
    }
}
