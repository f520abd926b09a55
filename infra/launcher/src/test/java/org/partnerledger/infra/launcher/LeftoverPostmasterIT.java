package org.partnerledger.infra.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A postmaster whose launcher is gone, on real embedded PostgreSQL: it is found by its data directory and stopped. */
class LeftoverPostmasterIT {

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
    void aPostmasterLeftOnTheDataDirectoryIsStoppedAndTheDirectoryStartsAgainWithItsRows() throws Exception {
        int port = FreePorts.next();
        leaveRunningByAKilledOwner(directory.resolve("postgres"), port);
        String url = "jdbc:postgresql://localhost:" + port + "/postgres";
        execute(url, "CREATE TABLE partnership (name text)");
        execute(url, "INSERT INTO partnership VALUES ('River Trust')");
        long pid = Long.parseLong(Files.readAllLines(directory.resolve("postgres/postmaster.pid")).get(0).trim());

        ProcessHandle found = LeftoverPostmaster.runningOn(directory.resolve("postgres")).orElseThrow();
        LeftoverPostmaster.stop(found);

        assertThat(found.pid()).isEqualTo(pid);
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        postgres = startedOn(directory.resolve("postgres"));
        assertThat(single(postgres.jdbcUrl("postgres"), "SELECT name FROM partnership"))
                .isEqualTo("River Trust");
    }

    @Test
    void aPostmasterServingAnotherDataDirectoryIsNotTakenForOurs() throws Exception {
        postgres = startedOn(directory.resolve("theirs"));
        Path ours = Files.createDirectories(directory.resolve("postgres"));
        Files.copy(directory.resolve("theirs/postmaster.pid"), ours.resolve("postmaster.pid"));

        assertThat(LeftoverPostmaster.runningOn(ours)).isEmpty();
        assertThat(LeftoverPostmaster.runningOn(directory.resolve("theirs"))).isPresent();
    }

    @Test
    void noPidFileMeansNoPostmaster() {
        assertThat(LeftoverPostmaster.runningOn(directory.resolve("postgres"))).isEmpty();
    }

    /** Zonky locks the data directory in the JVM that started the server: the owner must be another process. */
    private void leaveRunningByAKilledOwner(Path dataDirectory, int port) throws Exception {
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-cp", System.getProperty("java.class.path"), PostgresOwner.class.getName(),
                dataDirectory.toString(), String.valueOf(port), directory.resolve("owner.log").toString())
                .redirectErrorStream(true)
                .start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(owner.getInputStream()))) {
            assertThat(lines.lines().anyMatch("started"::equals)).as("the owner started PostgreSQL").isTrue();
            owner.destroyForcibly();
            assertThat(owner.waitFor(1, TimeUnit.MINUTES)).isTrue();
        }
    }

    private LocalPostgres startedOn(Path dataDirectory) {
        LocalPostgres server = new LocalPostgres(dataDirectory, FreePorts.next(), directory.resolve("postgres.log"));
        server.start();
        return server;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String single(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, LocalPostgres.USER, "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
