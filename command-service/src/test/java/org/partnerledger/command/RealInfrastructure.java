package org.partnerledger.command;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL and one real Kafka broker per test JVM, shared by every Spring test context: starting them is
 * the slow part. Each context gets a database of its own, so that cached contexts never share an event store or
 * compete for a processor's tokens.
 */
public final class RealInfrastructure {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres postgres;
    private static EmbeddedKafkaKraftBroker kafka;

    private RealInfrastructure() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registerDatabase(registry);
        registerKafka(registry);
    }

    public static synchronized void registerDatabase(DynamicPropertyRegistry registry) {
        String database = createDatabase();
        registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", database));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
    }

    public static synchronized void registerKafka(DynamicPropertyRegistry registry) {
        if (kafka == null) {
            kafka = new EmbeddedKafkaKraftBroker(1, 1);
            kafka.afterPropertiesSet();
        }
        registry.add("spring.kafka.bootstrap-servers", kafka::getBrokersAsString);
    }

    /** An empty database of its own, for tests that migrate a schema step by step. */
    public static synchronized DataSource freshDatabase() {
        String database = createDatabase();
        return postgres.getDatabase("postgres", database);
    }

    private static String createDatabase() {
        if (postgres == null) {
            postgres = startPostgres();
        }
        String name = "command_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute("CREATE DATABASE " + name);
            return name;
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not create test database " + name, failed);
        }
    }

    private static EmbeddedPostgres startPostgres() {
        try {
            // Commits wait for the log as in production (zonky turns that off); fsync stays off to keep tests quick.
            return EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
