package org.partnerledger.infra.launcher;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A PostgreSQL server run from zonky's embedded binaries on a data directory that outlives it: started again on the
 * same directory it keeps every database and row, because zonky runs initdb only where no cluster exists yet.
 * <p>
 * One superuser, {@value #USER}, with trust authentication and no password, listening on localhost only.
 */
public final class LocalPostgres {

    public static final String USER = "postgres";

    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);

    private final Path dataDirectory;
    private final int port;
    private final Path logFile;
    private EmbeddedPostgres server;

    /** @param logFile receives the output of initdb, pg_ctl and the server, appended across restarts */
    public LocalPostgres(Path dataDirectory, int port, Path logFile) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
        this.port = port;
        this.logFile = logFile.toAbsolutePath();
    }

    public synchronized void start() {
        if (server != null) {
            throw new IllegalStateException("PostgreSQL is already running on port " + port);
        }
        try {
            Files.createDirectories(logFile.getParent());
            Redirect log = Redirect.appendTo(logFile.toFile());
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // Zonky's own hook would stop PostgreSQL while the services still use it; the owner stops it last.
                    .setRegisterShutdownHook(false)
                    .setPort(port)
                    // Zonky tunes PostgreSQL for throwaway test databases (fsync and synchronous commit off), which
                    // loses acknowledged commits in a crash. This one is a system of record: make commits durable.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // PostgreSQL's default of 1 GB of WAL between checkpoints made one every 20-90 s under the
                    // benchmark's load, and after each the first write to every page logs the whole page: with ids
                    // spread across indexes that is most writes. Fewer checkpoints, and those pages compressed.
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("checkpoint_timeout", "15min")
                    .setServerConfig("wal_compression", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    .setOutputRedirector(log)
                    .setErrorRedirector(log)
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("PostgreSQL did not start on port " + port + "; see " + logFile, e);
        }
    }

    /** Creates the database unless it exists, so that a restart on the same data directory keeps it as it is. */
    public void createDatabaseIfAbsent(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain lower-case database name: " + name);
        }
        try (Connection connection = running().getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name + " on port " + port, e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** The postmaster's process id: pg_ctl detaches it, so it is no child of this JVM. */
    public long pid() {
        running();
        try {
            return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fast shutdown: open sessions are ended, committed data stays. Does nothing when not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    private synchronized EmbeddedPostgres running() {
        if (server == null) {
            throw new IllegalStateException("PostgreSQL is not running");
        }
        return server;
    }
}
