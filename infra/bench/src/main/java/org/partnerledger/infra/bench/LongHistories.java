package org.partnerledger.infra.bench;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Commands and queries on partnerships with long histories, seeded straight into the event store: command latency
 * at each length (the first, cold command separately, since it loads the whole stream before any snapshot exists),
 * and the dashboard, history page and "as of" queries on the middle length.
 */
final class LongHistories {

    static final String SECTION = "5. long histories";

    private final Commands commands;
    private final Http query;
    private final Database eventStore;
    private final Sizes sizes;
    private final Report report;
    private final Optional<String> asOfPath;

    LongHistories(Commands commands, Http queryService, Database eventStore, Sizes sizes, Report report,
                  Optional<String> asOfPath) {
        this.commands = commands;
        this.query = queryService;
        this.eventStore = eventStore;
        this.sizes = sizes;
        this.report = report;
        this.asOfPath = asOfPath;
    }

    void run() throws Exception {
        Map<Integer, String> partnerships = new LinkedHashMap<>();
        EventStoreSeeder seeder = new EventStoreSeeder(eventStore);
        long seedStart = System.nanoTime();
        Instant middle = null;
        for (int events : sizes.histories()) {
            Benchmark.log("long histories: seeding a partnership with %,d events", events);
            Instant before = Instant.now();
            partnerships.put(events, seeder.seed(events));
            if (events == sizes.histories().get(1)) {
                middle = before.plus(Duration.between(before, Instant.now()).dividedBy(2));
            }
        }
        int total = sizes.histories().stream().mapToInt(Integer::intValue).sum();
        double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
        long catchUpStart = System.nanoTime();
        for (Map.Entry<Integer, String> entry : partnerships.entrySet()) {
            awaitVersion(entry.getValue(), entry.getKey() - 1);
        }
        double catchUpSeconds = (System.nanoTime() - catchUpStart) / 1e9;
        report.add(Figure.of(SECTION, "seeded events published and projected", total / catchUpSeconds, "events/s")
                .note(("%,d events stored in %.1f s by JDBC, then in the query API %.1f s later (publisher and both"
                        + " read models, live)").formatted(total, seedSeconds, catchUpSeconds)));

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

        int middleLength = sizes.histories().get(1);
        String middleId = partnerships.get(middleLength);
        queries(middleLength, "dashboard query", "/api/partnerships/" + middleId);
        queries(middleLength, "history page (100 events mid-stream)",
                "/api/partnerships/" + middleId + "/history?after=" + middleLength / 2 + "&limit=100");
        if (asOfPath.isPresent()) {
            queries(middleLength, "\"as of\" reconstruction", asOfPath.get().replace("{id}", middleId)
                    .replace("{at}", middle.toString()));
        } else {
            report.add(Figure.skipped(SECTION, "\"as of\" reconstruction p99, %,d events".formatted(middleLength),
                    "the query API has no \"as of\" endpoint yet; pass --as-of-path=/api/...{id}...{at}... once"
                            + " it exists"));
        }
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

    private void queries(int events, String name, String path) {
        Benchmark.log("long histories: %s on the %,d-event partnership", name, events);
        Latencies latencies = new Latencies();
        String failure = null;
        for (int i = 0; i < sizes.samples() + 20; i++) {
            Http.Answer answer = query.get(path);
            if (!answer.ok()) {
                failure = answer.status() + " " + answer.body();
            } else if (i >= 20) {
                latencies.recordNanos(answer.nanos());
            }
        }
        Figure figure = Figure.of(SECTION, "%s p99, %,d events".formatted(name, events), latencies.p99(), "ms")
                .note("p50 %.2f ms; %d sequential requests after 20 warm-up%s".formatted(latencies.p50(),
                        latencies.count(), failure == null ? "" : "; failed: " + CommandLoad.abbreviate(failure)));
        report.add(figure);
    }

    private void awaitVersion(String partnershipId, long version) throws InterruptedException {
        Instant deadline = Instant.now().plus(sizes.catchUpTimeout());
        while (query.get("/api/partnerships/" + partnershipId).version().orElse(-1) < version) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the query API did not reach version " + version + " of "
                        + partnershipId + " within " + sizes.catchUpTimeout().toMinutes() + " min");
            }
            Thread.sleep(500);
        }
    }

}
