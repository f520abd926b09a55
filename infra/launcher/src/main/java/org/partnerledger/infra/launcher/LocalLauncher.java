package org.partnerledger.infra.launcher;

import org.partnerledger.infra.launcher.LauncherSettings.Datasource;
import org.partnerledger.infra.launcher.demo.DemoSeed;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The local launcher behind {@code ./run}: PostgreSQL and Kafka, embedded unless external ones are configured, the
 * development identity provider unless an external issuer is, then command-service, query-service and the web console
 * as child processes. Ctrl-C or SIGTERM stops them in reverse order.
 */
public final class LocalLauncher {

    private static final String COMMAND_DATABASE = "partnerledger_command";
    private static final String QUERY_DATABASE = "partnerledger_query";
    private static final Duration SERVICE_STOP_GRACE = Duration.ofSeconds(30);

    private final LauncherSettings settings;
    private final ShutdownSequence shutdown = new ShutdownSequence();
    private final OrphanReaper reaper = new OrphanReaper();
    private LocalPostgres postgres;

    private LocalLauncher(LauncherSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) {
        LauncherSettings settings;
        try {
            settings = LauncherSettings.from(System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        logLibrariesTo(settings.logDirectory().resolve("launcher.log"));
        LocalLauncher launcher = new LocalLauncher(settings);
        int exitCode = launcher.run();
        if (!launcher.shutdown.isStopping()) {
            System.exit(exitCode);
        }
    }

    /** Returns when a service stops on its own, or when the shutdown hook has begun stopping everything. */
    private int run() {
        Runtime.getRuntime().addShutdownHook(new Thread(shutdown::stopAll, "partnerledger-shutdown"));
        try {
            LauncherLock lock = LauncherLock.acquire(settings.dataDirectory());
            shutdown.start(() -> { }, lock::close);
            if (settings.needsEmbeddedPostgres()) {
                stopLeftoverPostgres();
            }
            Preflight.check(settings);
            shutdown.start(reaper::start, reaper::close);
            Datasource commandDatasource = settings.commandDatasource().orElseGet(() -> embedded(COMMAND_DATABASE));
            Datasource queryDatasource = settings.queryDatasource().orElseGet(() -> embedded(QUERY_DATABASE));
            String kafka = settings.kafkaBootstrapServers().orElseGet(this::startKafka);
            List<ServiceProcess> started = new ArrayList<>();
            if (settings.needsLocalIdentityProvider()) {
                started.add(startIdentityProvider());
            }
            started.add(startService("command-service", settings.commandJar(), settings.commandPort(),
                    commandDatasource, kafka));
            started.add(startService("query-service", settings.queryJar(), settings.queryPort(),
                    queryDatasource, kafka));
            started.add(startConsole());
            printSummary(started, commandDatasource, queryDatasource, kafka);
            if (settings.seedDemo()) {
                seedDemo();
            }
            return awaitUnexpectedExit(started);
        } catch (RuntimeException | Error e) {
            // Anything may fail once the shutdown hook runs, even class initialisation that adds a hook of its own.
            if (shutdown.isStopping()) {
                return 0;
            }
            LoggerFactory.getLogger(LocalLauncher.class).error("Startup failed", e);
            System.err.println("PartnerLedger did not start: " + e.getMessage());
            return 1;
        }
    }

    /** Safe only under the lock just taken: whoever started this postmaster is no longer alive. */
    private void stopLeftoverPostgres() {
        Path directory = settings.dataDirectory().resolve("postgres");
        LeftoverPostmaster.runningOn(directory).ifPresent(postmaster -> {
            System.out.println("Stopping PostgreSQL (pid " + postmaster.pid() + "), left running on " + directory
                    + " by a launcher that was killed");
            LeftoverPostmaster.stop(postmaster);
        });
    }

    private Datasource embedded(String database) {
        if (postgres == null) {
            int port = settings.postgresPort();
            Path directory = settings.dataDirectory().resolve("postgres");
            LocalPostgres server = new LocalPostgres(directory, port, settings.logDirectory().resolve("postgres.log"));
            shutdown.start(() -> {
                System.out.println("Starting PostgreSQL on localhost:" + port + " (data: " + directory + ")");
                server.start();
                reaper.watch(server.pid(), "INT");
            }, announced("PostgreSQL", server::stop));
            postgres = server;
        }
        postgres.createDatabaseIfAbsent(database);
        return new Datasource(postgres.jdbcUrl(database), LocalPostgres.USER, "");
    }

    private String startKafka() {
        Path directory = settings.dataDirectory().resolve("kafka");
        LocalKafka kafka = new LocalKafka(directory, settings.kafkaPort(), settings.kafkaControllerPort());
        shutdown.start(() -> {
            System.out.println("Starting Kafka on localhost:" + settings.kafkaPort() + " (data: " + directory + ")");
            kafka.start();
        }, announced("Kafka", kafka::stop));
        return kafka.bootstrapServers();
    }

    private ServiceProcess startIdentityProvider() {
        return startProcess("identity", settings.identityJar(), settings.identityPort(), Map.of(
                "PARTNERLEDGER_ISSUER", settings.issuer(),
                "PARTNERLEDGER_IDENTITY_KEY_FILE", settings.identityKeyFile().toString()));
    }

    private ServiceProcess startService(String name, Path jar, int port, Datasource datasource, String kafka) {
        return startProcess(name, jar, port, Map.of(
                "SPRING_DATASOURCE_URL", datasource.url(),
                "SPRING_DATASOURCE_USERNAME", datasource.username(),
                "SPRING_DATASOURCE_PASSWORD", datasource.password(),
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka,
                "PARTNERLEDGER_ISSUER", settings.issuer()));
    }

    /** Last: it reads the provider's discovery document when it starts, and it calls both services. */
    private ServiceProcess startConsole() {
        return startProcess("web-console", settings.consoleJar(), settings.consolePort(), Map.of(
                "PARTNERLEDGER_ISSUER", settings.issuer(),
                "PARTNERLEDGER_COMMAND_URL", "http://localhost:" + settings.commandPort(),
                "PARTNERLEDGER_QUERY_URL", "http://localhost:" + settings.queryPort()));
    }

    private ServiceProcess startProcess(String name, Path jar, int port, Map<String, String> environment) {
        ServiceProcess service = ServiceProcess.springBootJar(name, jar, settings.serviceJavaOptions(), environment,
                port, settings.logDirectory().resolve(name + ".log"));
        shutdown.start(() -> {
            System.out.println("Starting " + name + " on port " + port + " (log: " + service.logFile() + ")");
            service.start();
            reaper.watch(service.pid(), "TERM");
        }, announced(name, () -> service.stop(SERVICE_STOP_GRACE)));
        service.awaitHealthy(settings.startupTimeout());
        return service;
    }

    private int awaitUnexpectedExit(List<ServiceProcess> started) {
        CompletableFuture.anyOf(started.stream().map(ServiceProcess::onExit).toArray(CompletableFuture[]::new)).join();
        if (shutdown.isStopping()) {
            return 0;
        }
        ServiceProcess stopped = started.stream().filter(process -> !process.isAlive()).findFirst().orElseThrow();
        System.err.println(stopped.name() + " stopped unexpectedly with exit code " + stopped.onExit().join()
                + "; see " + stopped.logFile() + ". Stopping the rest.");
        return 1;
    }

    private void printSummary(List<ServiceProcess> started, Datasource commandDatasource,
                              Datasource queryDatasource, String kafka) {
        System.out.printf("%nPartnerLedger is running; Ctrl-C stops it.%n");
        for (ServiceProcess service : started) {
            System.out.printf("  %-16s %s  (log: %s)%n", service.name(), service.baseUri(), service.logFile());
        }
        if (!settings.needsLocalIdentityProvider()) {
            System.out.printf("  %-16s %s  (external)%n", "identity", settings.issuer());
        } else {
            System.out.printf("  %-16s ./run token lists the demo users; password 'demo'%n", "sign in");
        }
        System.out.printf("  %-16s %s%n", "command DB", describe(commandDatasource));
        System.out.printf("  %-16s %s%n", "query DB", describe(queryDatasource));
        System.out.printf("  %-16s %s%n", "Kafka", kafka);
    }

    /** {@code ./run --demo}: the demo users exist at the local identity provider only. */
    private void seedDemo() {
        if (!settings.needsLocalIdentityProvider()) {
            System.err.println("--demo signs the demo users in at the local identity provider; with an external one"
                    + " (PARTNERLEDGER_ISSUER) nothing is seeded");
            return;
        }
        DemoSeed.seedAndReport(URI.create("http://localhost:" + settings.commandPort()),
                URI.create("http://localhost:" + settings.queryPort()), URI.create(settings.issuer()), System.out);
    }

    private static String describe(Datasource datasource) {
        return datasource.username().isEmpty()
                ? datasource.url()
                : datasource.url() + "  (user " + datasource.username() + ")";
    }

    private static Runnable announced(String name, Runnable stop) {
        return () -> {
            System.out.println("Stopping " + name);
            stop.run();
        };
    }

    /** Kafka and zonky log through SLF4J: to a file, so that the terminal shows only what the launcher says. */
    private static void logLibrariesTo(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.logFile", logFile.toString());
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSS");
    }
}
