package org.partnerledger.infra.bench;

import org.partnerledger.events.PartnershipEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What plain JDBC gets out of the same PostgreSQL server, in a scratch database whose table is created from the
 * event store's own migration: single-row INSERT transactions at several connection counts, 50-row batches, and a
 * sequential read in global order.
 * <p>
 * Besides its own section, it measures paired baselines right before the product figures they are compared with,
 * so that a ratio's two sides share the same minutes of a machine whose speed drifts.
 */
final class RawPostgres implements AutoCloseable {

    static final String SECTION = "1. raw PostgreSQL";
    private static final String DATABASE = "bench_raw";
    private static final Pattern TABLE = Pattern.compile("(?is)CREATE TABLE domain_event_entry\\s*\\(.*?\\n\\);");
    private static final String INSERT = "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type,"
            + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 50;

    /** The baselines of the raw section. */
    record Baselines(Map<Integer, Double> singleRowTps, double batchedRowsPerSecond, double sequentialRowsPerSecond) {
    }

    /** A single-row run: its rate and latencies. */
    private record SingleRows(double tps, Latencies latencies) {
    }

    private final Database server;
    private final Path migration;
    private final Sizes sizes;
    private final Report report;
    private final List<PartnershipEvent> templates = new ArrayList<>();
    private final List<byte[]> payloads = new ArrayList<>();
    private final List<byte[]> metaData = new ArrayList<>();
    private Database database;
    private String durability = "";

    RawPostgres(Database server, Path migration, Sizes sizes, Report report) {
        this.server = server;
        this.migration = migration;
        this.sizes = sizes;
        this.report = report;
        String template = UUID.randomUUID().toString();
        for (int sequence = 1; sequence <= 10; sequence++) {
            PartnershipEvent event = EventFactory.event(template, sequence);
            templates.add(event);
            payloads.add(EventFactory.json(event));
            metaData.add(EventFactory.metaData(event));
        }
    }

    /** The raw section: every baseline for its full duration, reported as figures of their own. */
    Baselines run() throws Exception {
        Database raw = scratch();
        Map<Integer, Double> single = new HashMap<>();
        for (int connections : Sizes.CONCURRENCY) {
            Benchmark.log("raw PostgreSQL: single-row INSERT transactions at %d connection(s)", connections);
            SingleRows rows = singleRows(raw, connections, sizes.warmup(), sizes.rawRun());
            single.put(connections, rows.tps());
            report.add(Figure.of(SECTION, "single-row INSERT tx/s, " + connections + " conn", rows.tps(), "tx/s")
                    .note("latency p50 %.2f ms, p99 %.2f ms (autocommit, one row per transaction; %s)"
                            .formatted(rows.latencies().p50(), rows.latencies().p99(), durability)));
        }
        double batched = batchedRows(raw, sizes.rawRun(), true);
        double sequential = sequentialRead(raw, 2, true);
        return new Baselines(Map.copyOf(single), batched, sequential);
    }

    /** 50-row batched rows/s, then the sequential read rate of the whole table, measured now. */
    double[] pairedBatchedAndSequential() throws Exception {
        Benchmark.log("raw PostgreSQL (paired): batched inserts and a sequential read");
        Database raw = scratch();
        return new double[] {batchedRows(raw, sizes.pairedRun(), false), sequentialRead(raw, 1, false)};
    }

    @Override
    public void close() throws SQLException {
        if (database != null) {
            server.drop(DATABASE);
            database = null;
        }
    }

    /** The event store's CREATE TABLE, as its migration has it, so that the raw table keeps its columns and keys. */
    String tableDefinition() throws IOException {
        Matcher matcher = TABLE.matcher(Files.readString(migration));
        if (!matcher.find()) {
            throw new IllegalStateException("no CREATE TABLE domain_event_entry in " + migration);
        }
        return matcher.group();
    }

    private Database scratch() throws SQLException, IOException {
        if (database == null) {
            Database created = server.recreate(DATABASE);
            created.execute(tableDefinition());
            durability = "fsync " + created.queryString("SHOW fsync") + ", synchronous_commit "
                    + created.queryString("SHOW synchronous_commit");
            database = created;
        }
        return database;
    }

    private SingleRows singleRows(Database raw, int connections, Duration warmup, Duration measured)
            throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService threads = Executors.newFixedThreadPool(connections);
        long measureFrom = System.nanoTime() + warmup.toNanos() + Duration.ofMillis(200).toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            counts.add(threads.submit(() -> {
                try (Connection connection = raw.connect();
                     PreparedStatement insert = connection.prepareStatement(INSERT)) {
                    String aggregate = UUID.randomUUID().toString();
                    long done = 0;
                    for (long sequence = 0; System.nanoTime() < measureUntil; sequence++) {
                        long start = System.nanoTime();
                        bind(insert, aggregate, sequence);
                        insert.executeUpdate();
                        if (start >= measureFrom) {
                            latencies.recordNanos(System.nanoTime() - start);
                            done++;
                        }
                    }
                    return done;
                }
            }));
        }
        long rows = 0;
        for (Future<Long> count : counts) {
            rows += count.get();
        }
        threads.shutdown();
        return new SingleRows(rows / (measured.toNanos() / 1e9), latencies);
    }

    /**
     * Inserts in 50-row transactions for the given time and at least until the table holds the run's size, and
     * returns their rate.
     */
    private double batchedRows(Database raw, Duration minimum, boolean reported) throws SQLException {
        long wanted = sizes.rawTableRows() - raw.queryLong("SELECT count(*) FROM domain_event_entry");
        Benchmark.log("raw PostgreSQL: %d-row batched transactions for %d s, and up to %,d rows in the table", BATCH,
                minimum.toSeconds(), sizes.rawTableRows());
        long rows = 0;
        long start = System.nanoTime();
        long until = start + minimum.toNanos();
        try (Connection connection = raw.connect();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            String aggregate = UUID.randomUUID().toString();
            while (rows < wanted || System.nanoTime() < until) {
                for (int i = 0; i < BATCH; i++, rows++) {
                    bind(insert, aggregate, rows);
                    insert.addBatch();
                }
                insert.executeBatch();
                connection.commit();
            }
        }
        double rate = rows / ((System.nanoTime() - start) / 1e9);
        if (reported) {
            report.add(Figure.of(SECTION, "50-row batched INSERT rows/s, 1 conn", rate, "rows/s")
                    .note("JDBC batch with the driver's defaults, as Axon appends; %,d rows".formatted(rows)));
        }
        return rate;
    }

    /** Reads every row in global order, the first pass warming the caches, and returns the best pass. */
    private double sequentialRead(Database raw, int passes, boolean reported) throws SQLException {
        long rows = 0;
        double best = 0;
        for (int pass = 0; pass < passes; pass++) {
            Benchmark.log("raw PostgreSQL: sequential read in global order, pass %d", pass + 1);
            long start = System.nanoTime();
            long bytes = 0;
            rows = 0;
            try (Connection connection = raw.connect()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.setFetchSize(1_000);
                    try (ResultSet result = statement.executeQuery("SELECT global_index, aggregate_identifier,"
                            + " sequence_number, type, event_identifier, meta_data, payload, payload_revision,"
                            + " payload_type, time_stamp FROM domain_event_entry ORDER BY global_index")) {
                        while (result.next()) {
                            bytes += result.getBytes(7).length + result.getString(10).length();
                            rows++;
                        }
                    }
                }
                connection.commit();
            }
            best = Math.max(best, rows / ((System.nanoTime() - start) / 1e9));
            if (bytes < 0) {
                throw new IllegalStateException("unreachable: keeps the read from being optimised away");
            }
        }
        if (reported) {
            report.add(Figure.of(SECTION, "sequential read in global order rows/s", best, "rows/s")
                    .note("%,d rows, cursor with fetch size 1,000, better of two passes".formatted(rows)));
        }
        return best;
    }

    private void bind(PreparedStatement insert, String aggregate, long sequence) throws SQLException {
        int kind = (int) (sequence % templates.size());
        insert.setString(1, aggregate);
        insert.setLong(2, sequence);
        insert.setString(3, "Partnership");
        insert.setString(4, UUID.randomUUID().toString());
        insert.setBytes(5, metaData.get(kind));
        insert.setBytes(6, payloads.get(kind));
        insert.setString(7, EventFactory.revision(templates.get(kind)));
        insert.setString(8, templates.get(kind).getClass().getName());
        insert.setString(9, Instant.now().toString());
    }
}
