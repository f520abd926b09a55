package org.partnerledger.query.history;

import java.util.List;
import java.util.UUID;

/** A page of a partnership's history in stream order; {@code version} is the last sequence the history holds. */
public record HistoryView(UUID partnershipId, long version, List<HistoryEventView> events) {
}
