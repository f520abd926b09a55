package org.partnerledger.query.history;

import java.util.List;

/**
 * A page of the history across the partnerships the caller stands in, oldest first.
 *
 * @param next the cursor to send as {@code after} for the next page, or {@code null} on the last page
 */
public record HistoryPageView(List<HistoryEntryView> events, String next) {
}
