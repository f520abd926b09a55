package org.partnerledger.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Whether both read models show every stored event exactly once: once they have caught up with the store, each
 * partnership's dashboard (through the query API) and history are compared with its stream. A doubled or lost
 * effect shows as a count that differs from the store's.
 */
final class ReadModelAudit {

    private static final Duration CATCH_UP = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A partnership's history: its events, the last one's sequence and the version its stream row records. */
    private record History(long events, long lastSequence, long version) {

        static final History NONE = new History(0, -1, -1);
    }

    /** Effects a read model lacks (lost) or shows more often than the store has them (doubled). */
    record Difference(long lost, long doubled) {

        static Difference of(long stored, long shown) {
            return new Difference(Math.max(0, stored - shown), Math.max(0, shown - stored));
        }

        Difference plus(Difference other) {
            return new Difference(lost + other.lost, doubled + other.doubled);
        }
    }

    private final Http query;
    private final Database readModels;
    private final Report report;

    ReadModelAudit(Http queryService, Database readModels, Report report) {
        this.query = queryService;
        this.readModels = readModels;
        this.report = report;
    }

    /** @param loadEnded when the last command was answered, in {@link System#nanoTime()} */
    void run(Map<String, EffectAudit.Stream> streams, long loadEnded) throws Exception {
        long start = System.nanoTime();
        boolean caughtUp = caughtUp(streams);
        while (!caughtUp && System.nanoTime() - start < CATCH_UP.toNanos()) {
            Thread.sleep(200);
            caughtUp = caughtUp(streams);
        }
        String wait = (caughtUp ? "caught up at most %.1f s after the load ended" : "not caught up %.0f s after the"
                + " load ended").formatted((System.nanoTime() - loadEnded) / 1e9);
        Map<String, History> histories = histories(streams);
        Difference difference = new Difference(0, 0);
        long otherVersion = 0;
        for (Map.Entry<String, EffectAudit.Stream> entry : streams.entrySet()) {
            EffectAudit.Stream stored = entry.getValue();
            JsonNode dashboard = dashboard(entry.getKey());
            History history = histories.getOrDefault(entry.getKey(), History.NONE);
            difference = difference
                    .plus(Difference.of(stored.decisions(), dashboard.path("decisions").path("total").asLong()))
                    .plus(Difference.of(stored.actions(), sum(dashboard.path("actions"))))
                    .plus(Difference.of(stored.conflicts(), sum(dashboard.path("conflicts"))))
                    .plus(Difference.of(stored.visionRevisions(),
                            dashboard.path("vision").path("revision").asLong() - 1))
                    .plus(Difference.of(stored.events(), history.events()));
            if (dashboard.path("version").asLong(-1) != stored.last() || history.lastSequence() != stored.last()
                    || history.version() != stored.last()) {
                otherVersion++;
            }
        }
        String compared = "per partnership: decisions, actions, conflicts and vision revisions on the dashboard"
                + " (query API), events in the history, against the store";
        report.add(Figure.of(Soak.SECTION, "read models: effects lost", difference.lost(), "effects")
                .target("0", Figure.Status.of(difference.lost() == 0)).note(compared));
        report.add(Figure.of(Soak.SECTION, "read models: effects doubled", difference.doubled(), "effects")
                .target("0", Figure.Status.of(difference.doubled() == 0)).note(compared));
        report.add(Figure.of(Soak.SECTION, "read models: streams behind or ahead", otherVersion, "streams")
                .target("0", Figure.Status.of(otherVersion == 0))
                .note("dashboard and history versions against the store's last sequence; " + wait));
    }

    private boolean caughtUp(Map<String, EffectAudit.Stream> streams) throws SQLException {
        Map<String, History> histories = histories(streams);
        Map<String, Long> dashboard = new HashMap<>();
        readModels.forEachRow("SELECT partnership_id::text, version FROM ledger_state"
                        + " WHERE partnership_id = ANY (CAST(? AS uuid[]))",
                row -> dashboard.put(row.getString(1), row.getLong(2)), streams.keySet());
        return streams.entrySet().stream().allMatch(entry -> entry.getValue().last() == dashboard.getOrDefault(
                entry.getKey(), -1L) && entry.getValue().last() == histories.getOrDefault(entry.getKey(),
                History.NONE).version());
    }

    private Map<String, History> histories(Map<String, EffectAudit.Stream> streams) throws SQLException {
        Map<String, History> histories = new HashMap<>();
        readModels.forEachRow("""
                        SELECT s.partnership_id::text, count(e.sequence), coalesce(max(e.sequence), -1), s.version
                        FROM history_stream s LEFT JOIN history_event e USING (partnership_id)
                        WHERE s.partnership_id = ANY (CAST(? AS uuid[])) GROUP BY s.partnership_id, s.version""",
                row -> histories.put(row.getString(1), new History(row.getLong(2), row.getLong(3), row.getLong(4))),
                streams.keySet());
        return histories;
    }

    private JsonNode dashboard(String partnershipId) {
        Http.Answer answer = query.get("/api/partnerships/" + partnershipId);
        try {
            return answer.ok() ? JSON.readTree(answer.body()) : JSON.createObjectNode();
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (JsonNode count : counts) {
            sum += count.asLong();
        }
        return sum;
    }
}
