package org.partnerledger.infra.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocalPostgresIT {

    @TempDir
    Path directory;

    private LocalPostgres postgres;

    @AfterEach
    void stopPostgres() {
        if (postgres != null) {
            postgres.stop();
        }
    }

    @Test
    void createsTheDatabasesItIsAskedForAndLeavesExistingOnesAlone() throws SQLException {
        postgres = startedOn(directory);

        postgres.createDatabaseIfAbsent("partnerledger_command");
        postgres.createDatabaseIfAbsent("partnerledger_query");
        postgres.createDatabaseIfAbsent("partnerledger_command");

        assertThat(query(postgres.jdbcUrl("postgres"), "SELECT datname FROM pg_database"))
                .contains("partnerledger_command", "partnerledger_query");
    }

    @Test
    void keepsItsRowsWhenStartedAgainOnTheSameDataDirectory() throws SQLException {
        postgres = startedOn(directory);
        postgres.createDatabaseIfAbsent("partnerledger_command");
        String url = postgres.jdbcUrl("partnerledger_command");
        execute(url, "CREATE TABLE partnership (name text)");
        execute(url, "INSERT INTO partnership VALUES ('River Trust')");
        postgres.stop();

        postgres.start();
        postgres.createDatabaseIfAbsent("partnerledger_command");

        assertThat(query(url, "SELECT name FROM partnership")).containsExactly("River Trust");
    }

    @Test
    void commitsDurablyUnlikeAThrowawayTestDatabase() throws SQLException {
        postgres = startedOn(directory);

        assertThat(query(postgres.jdbcUrl("postgres"), "SHOW fsync")).containsExactly("on");
        assertThat(query(postgres.jdbcUrl("postgres"), "SHOW synchronous_commit")).containsExactly("on");
    }

    private static LocalPostgres startedOn(Path directory) {
        LocalPostgres postgres = new LocalPostgres(directory.resolve("postgres"), FreePorts.next(),
                directory.resolve("postgres.log"));
        postgres.start();
        return postgres;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> query(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
