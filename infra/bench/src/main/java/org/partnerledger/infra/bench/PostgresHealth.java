package org.partnerledger.infra.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a long run leaves behind in a database that VACUUM cannot clean up: large objects (the event store keeps
 * bytea, so there must be none) and dead tuples, read from the statistics views before the run, after it and again
 * after a manual VACUUM of every table.
 */
final class PostgresHealth {

    /** Dead tuples VACUUM left may be at most this share of the live ones: a few rows changed while it ran. */
    private static final double RECLAIMED_SHARE = 0.01;
    private static final double MIB = 1024 * 1024;

    record Table(String name, long live, long dead, long bytes) {
    }

    record Snapshot(long largeObjects, List<Table> tables) {

        long live() {
            return tables.stream().mapToLong(Table::live).sum();
        }

        long dead() {
            return tables.stream().mapToLong(Table::dead).sum();
        }

        long bytes() {
            return tables.stream().mapToLong(Table::bytes).sum();
        }

        Table table(String name) {
            return tables.stream().filter(table -> table.name().equals(name)).findFirst()
                    .orElse(new Table(name, 0, 0, 0));
        }
    }

    private final String label;
    private final Database database;
    private final Report report;
    private Snapshot atStart;

    PostgresHealth(String label, Database database, Report report) {
        this.label = label;
        this.database = database;
        this.report = report;
    }

    void recordStart() throws SQLException {
        atStart = read();
    }

    /** Vacuums every table of the database, then reports against the start. */
    void vacuumAndReport() throws SQLException {
        Snapshot beforeVacuum = read();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (Table table : beforeVacuum.tables()) {
                statement.execute("VACUUM " + table.name());
            }
        }
        Snapshot after = read();
        report.add(Figure.of(Soak.SECTION, label + ": large objects", after.largeObjects(), "objects")
                .target("0, not growing", Figure.Status.of(after.largeObjects() == 0))
                .note("pg_largeobject_metadata; %d at the start".formatted(atStart.largeObjects())));
        report.add(Figure.of(Soak.SECTION, label + ": dead tuples after VACUUM", after.dead(), "tuples")
                .target("reclaimed (< 1% of live)", Figure.Status.of(after.dead() <= RECLAIMED_SHARE * after.live()))
                .note("%,d dead before VACUUM, %,d live; n_dead_tup of pg_stat_user_tables".formatted(
                        beforeVacuum.dead(), after.live())));
        report.add(Figure.of(Soak.SECTION, label + ": size of all tables", after.bytes() / MIB, "MiB")
                .note("%.1f MiB at the start; live / dead at start -> before VACUUM -> after, size: %s".formatted(
                        atStart.bytes() / MIB, after.tables().stream()
                                .map(table -> describe(table, beforeVacuum.table(table.name())))
                                .collect(Collectors.joining("; ")))));
    }

    private String describe(Table after, Table beforeVacuum) {
        Table start = atStart.table(after.name());
        return "%s %,d/%,d -> %,d/%,d -> %,d/%,d, %.1f MiB".formatted(after.name(), start.live(), start.dead(),
                beforeVacuum.live(), beforeVacuum.dead(), after.live(), after.dead(), after.bytes() / MIB);
    }

    private Snapshot read() throws SQLException {
        List<Table> tables = new ArrayList<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT format('%I.%I', schemaname, relname), n_live_tup, n_dead_tup, pg_total_relation_size(relid)
                     FROM pg_stat_user_tables ORDER BY 1""")) {
            while (rows.next()) {
                tables.add(new Table(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4)));
            }
        }
        return new Snapshot(database.queryLong("SELECT count(*) FROM pg_largeobject_metadata"), List.copyOf(tables));
    }
}
