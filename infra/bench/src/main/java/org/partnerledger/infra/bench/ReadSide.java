package org.partnerledger.infra.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Waits until the query side holds a partnership up to a version: every read model, read from the query side's
 * database when the harness has it, else the summary and the ledger through the API.
 */
final class ReadSide {

    private final Http query;
    private final Optional<Database> queryStore;
    private final Duration timeout;
    private ReadModels readModels;

    ReadSide(Http query, Optional<Database> queryStore, Duration timeout) {
        this.query = query;
        this.queryStore = queryStore;
        this.timeout = timeout;
    }

    void awaitVersion(String partnershipId, long version) throws Exception {
        Instant deadline = Instant.now().plus(timeout);
        while (slowestVersion(partnershipId) < version) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the read models did not reach version " + version + " of "
                        + partnershipId + " within " + timeout.toMinutes() + " min");
            }
            Thread.sleep(200);
        }
    }

    /** What {@link #awaitVersion} waits for, in words. */
    String waitedFor() {
        return readModels == null ? "the summary and the ledger through the API"
                : "every read model: " + String.join(", ", readModels.names());
    }

    private long slowestVersion(String partnershipId) throws SQLException {
        if (queryStore.isPresent()) {
            if (readModels == null) {
                readModels = ReadModels.of(queryStore.get());
            }
            return readModels.slowestVersion(partnershipId);
        }
        String base = "/api/partnerships/" + partnershipId;
        return Math.min(query.get(base).version().orElse(-1), query.get(base + "/dashboard").version().orElse(-1));
    }
}
