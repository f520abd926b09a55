package org.partnerledger.infra.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Commands and queries on partnerships with long histories, seeded straight into the event store: command latency
 * at each length (the first, cold command separately, since it loads the whole stream before any snapshot exists),
 * then on the 10,000-event partnership (the middle length of a smoke run) the query side's reads with the targets of
 * issue 13: dashboard and health, "as of" at a version in the middle of its history and at the instant of that
 * event, and the streamed history export.
 */
final class LongHistories {

    static final String SECTION = "5. long histories";
    /** The length issue 13 sets the query targets on; a smoke run, which seeds no such one, uses its middle length. */
    static final int QUERIED_LENGTH = 10_000;
    static final String EXPORT_PATH = "/api/partnerships/%s/history/export.jsonl";
    private static final int WARM_UP_REQUESTS = 20;
    private static final int WARM_UP_EXPORTS = 3;
    private static final Pattern UNMAPPED = Pattern.compile("\"code\"\\s*:\\s*\"NOT_FOUND\"");

    private final Commands commands;
    private final Http query;
    private final Database eventStore;
    private final ReadSide readSide;
    private final Sizes sizes;
    private final Report report;

    /** @param queryStore the query side's database, to wait for every read model; without it, for the API's views */
    LongHistories(Commands commands, Http queryService, Database eventStore, Optional<Database> queryStore,
                  Sizes sizes, Report report) {
        this.commands = commands;
        this.query = queryService;
        this.eventStore = eventStore;
        this.readSide = new ReadSide(queryService, queryStore, sizes.catchUpTimeout());
        this.sizes = sizes;
        this.report = report;
    }

    void run() throws Exception {
        Map<Integer, String> partnerships = new LinkedHashMap<>();
        EventStoreSeeder seeder = new EventStoreSeeder(eventStore);
        long seedStart = System.nanoTime();
        for (int events : sizes.histories()) {
            Benchmark.log("long histories: seeding a partnership with %,d events", events);
            partnerships.put(events, seeder.seed(events));
        }
        int total = sizes.histories().stream().mapToInt(Integer::intValue).sum();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long catchUpStart = System.nanoTime();
        for (Map.Entry<Integer, String> entry : partnerships.entrySet()) {
            readSide.awaitVersion(entry.getValue(), entry.getKey() - 1);
        }
        double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        report.add(Figure.of(SECTION, "seeded events published and projected", total / catchUpSeconds, "events/s")
                .note(("%,d events stored in %.1f s by JDBC, then in every read model %.1f s later (publisher and"
                        + " %s, live)").formatted(total, seedSeconds, catchUpSeconds, readSide.waitedFor())));

        Map<Integer, Double> p99 = new LinkedHashMap<>();
        for (Map.Entry<Integer, String> entry : partnerships.entrySet()) {
            p99.put(entry.getKey(), commandsOn(entry.getKey(), entry.getValue()));
        }
        int shortest = sizes.histories().get(0);
        int longest = sizes.histories().get(sizes.histories().size() - 1);
        Figure growth = Figure.of(SECTION, "command p99 at %,d vs %,d events".formatted(longest, shortest),
                p99.get(longest), "ms").against("command p99 at " + shortest, p99.get(shortest));
        growth = growth.target("ratio <= 1.5",
                Figure.Status.of(growth.ratio() != null && growth.ratio() <= 1.5));
        report.add(growth);

        int length = sizes.histories().contains(QUERIED_LENGTH) ? QUERIED_LENGTH : sizes.histories().get(1);
        queriesOn(length, partnerships.get(length));
    }

    /** The query side's reads on one partnership, once every read model holds the commands just sent to it. */
    private void queriesOn(int length, String id) throws Exception {
        long last = eventStore.queryLong("SELECT max(sequence_number) FROM domain_event_entry"
                + " WHERE aggregate_identifier = '" + UUID.fromString(id) + "'");
        readSide.awaitVersion(id, last);
        String base = "/api/partnerships/" + id;
        String events = "%,d events".formatted(length);
        queries("summary query", events, base, null, 0);
        queries("history page (100 events mid-stream)", events, base + "/history?after=" + length / 2 + "&limit=100",
                null, 0);
        queries("dashboard", events, base + "/dashboard", "p99 < 20 ms", 20);
        queries("health", events, base + "/health", "p99 < 20 ms", 20);
        long middle = length / 2;
        queries("\"as of\" atVersion=%d".formatted(middle), events,
                base + "/dashboard?atVersion=" + middle, "p99 < 200 ms", 200);
        String instant = eventStore.queryString("SELECT time_stamp FROM domain_event_entry"
                + " WHERE aggregate_identifier = '" + UUID.fromString(id) + "' AND sequence_number = " + middle);
        queries("\"as of\" asOf at event %d".formatted(middle), events,
                base + "/dashboard?asOf=" + instant, "p99 < 200 ms", 200);
        export(events, EXPORT_PATH.formatted(id), last + 1);
    }

    /** Returns the p99 of the warm commands. */
    private double commandsOn(int events, String partnershipId) throws SQLException {
        Benchmark.log("long histories: commands on the %,d-event partnership", events);
        Http.Answer cold = commands.next(partnershipId);
        Latencies latencies = new Latencies();
        List<String> failures = new ArrayList<>();
        if (!cold.ok()) {
            failures.add(cold.status() + " " + cold.body());
        }
        for (int i = 0; i < sizes.samples(); i++) {
            Http.Answer answer = commands.next(partnershipId);
            if (answer.ok()) {
                latencies.recordNanos(answer.nanos());
            } else {
                failures.add(answer.status() + " " + answer.body());
            }
        }
        long snapshotAt = eventStore.queryLong("SELECT coalesce(max(sequence_number), -1) FROM snapshot_event_entry"
                + " WHERE aggregate_identifier = '" + partnershipId + "'");
        String label = "command at %,d events".formatted(events);
        String failed = failures.isEmpty() ? "" : "; %d non-2xx, last: %s".formatted(failures.size(),
                CommandLoad.abbreviate(failures.get(failures.size() - 1)));
        report.add(Figure.of(SECTION, label + ": first (cold) latency", cold.nanos() / 1e6, "ms")
                .note("answered %d; latest snapshot at sequence %s%s".formatted(cold.status(),
                        snapshotAt < 0 ? "none" : snapshotAt, failed)));
        report.add(Figure.of(SECTION, label + ": p50", latencies.p50(), "ms"));
        report.add(Figure.of(SECTION, label + ": p99", latencies.p99(), "ms")
                .note("%d sequential commands, one client".formatted(latencies.count())));
        return latencies.p99();
    }

    /**
     * Sequential GETs after a warm-up; the figure is their p99, judged against {@code limitMillis} when a target is
     * given (met only when every request was answered 2xx).
     */
    private void queries(String name, String events, String path, String target, double limitMillis) {
        Benchmark.log("long histories: %s on the %s partnership", name, events);
        Latencies latencies = new Latencies();
        String failure = null;
        int failures = 0;
        Http.Answer answered = null;
        for (int i = 0; i < sizes.samples() + WARM_UP_REQUESTS; i++) {
            Http.Answer answer = query.get(path);
            if (!answer.ok()) {
                failure = answer.status() + " " + answer.body();
                failures++;
            } else {
                answered = answer;
                if (i >= WARM_UP_REQUESTS) {
                    latencies.recordNanos(answer.nanos());
                }
            }
        }
        String version = answered == null ? "" : answered.version().isPresent()
                ? "; answered version " + answered.version().getAsLong() : "";
        String shown = "GET " + path.replaceFirst("/api/partnerships/[0-9a-f-]{36}", "/api/partnerships/{id}");
        Figure figure = Figure.of(SECTION, "%s p99, %s".formatted(name, events), latencies.p99(), "ms")
                .note("%s; p50 %.2f ms; %d sequential requests after %d warm-up%s%s".formatted(shown,
                        latencies.p50(), latencies.count(), WARM_UP_REQUESTS, version, failure == null ? ""
                                : "; %d failed, last: %s".formatted(failures, CommandLoad.abbreviate(failure))));
        if (target != null) {
            figure = figure.target(target, Figure.Status.of(failure == null && latencies.p99() < limitMillis));
        }
        report.add(figure);
    }

    /**
     * The history export, streamed: each export's rate is the lines received (one event a line) over the time from
     * sending the request to the body's last byte; the figure is the median of the measured exports. An endpoint the
     * query side does not have yet (404 {@code NOT_FOUND}, no such path) is skipped, not failed.
     */
    private void export(String events, String path, long expectedLines) {
        String name = "history export rate, " + events;
        Benchmark.log("long histories: history export on the %s partnership", events);
        Http.Streamed first = query.stream(path);
        if (first.status() == 404 && first.body() != null && UNMAPPED.matcher(first.body()).find()) {
            report.add(Figure.skipped(SECTION, name, "GET /api/partnerships/{id}/history/export.jsonl answers 404"
                    + " NOT_FOUND: the query side has no history export yet").target(">= 50,000 events/s",
                    Figure.Status.SKIPPED));
            return;
        }
        if (!first.ok()) {
            report.add(Figure.of(SECTION, name, Double.NaN, "events/s")
                    .target(">= 50,000 events/s", Figure.Status.MISSED)
                    .note("answered %d: %s".formatted(first.status(), CommandLoad.abbreviate(first.body()))));
            return;
        }
        int measured = Math.max(3, sizes.samples() / 30);
        List<Double> rates = new ArrayList<>();
        Latencies firstByte = new Latencies();
        Http.Streamed last = first;
        String failure = null;
        for (int i = 1; i < WARM_UP_EXPORTS + measured; i++) {
            Http.Streamed export = query.stream(path);
            if (!export.ok()) {
                failure = export.status() + " " + export.body();
                continue;
            }
            last = export;
            if (i >= WARM_UP_EXPORTS) {
                rates.add(export.lines() / (export.nanosToLastByte() / 1e9));
                firstByte.recordNanos(export.nanosToFirstByte());
            }
        }
        Collections.sort(rates);
        double median = rates.isEmpty() ? Double.NaN : rates.get(rates.size() / 2);
        boolean complete = last.lines() == expectedLines;
        String note = ("median of %d exports after %d warm-up, %,d lines (%,d bytes) each, %s; %,.0f-%,.0f"
                + " events/s; first byte after %.1f ms (p50)%s").formatted(rates.size(), WARM_UP_EXPORTS, last.lines(),
                last.bytes(), complete ? "every event" : "EXPECTED %,d, the events stored".formatted(expectedLines),
                rates.isEmpty() ? Double.NaN : rates.get(0), rates.isEmpty() ? Double.NaN : rates.get(rates.size() - 1),
                firstByte.p50(), failure == null ? "" : "; failed: " + CommandLoad.abbreviate(failure));
        report.add(Figure.of(SECTION, name, median, "events/s")
                .target(">= 50,000 events/s", Figure.Status.of(failure == null && complete && median >= 50_000))
                .note(note));
    }

    /**
     * Waits until every read model holds the partnership up to the version: through the query side's view of their
     * positions when its database is known, otherwise through the API's summary and ledger dashboard.
     */
}
