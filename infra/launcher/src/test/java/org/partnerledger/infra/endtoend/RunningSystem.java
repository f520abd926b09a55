package org.partnerledger.infra.endtoend;

import org.partnerledger.infra.launcher.LocalKafka;
import org.partnerledger.infra.launcher.LocalPostgres;
import org.partnerledger.infra.launcher.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole product as {@code ./run} starts it, but in a scratch directory on free ports: a real PostgreSQL, a real
 * KRaft broker and the two service jars the build just produced, each in a process of its own, so tests can kill,
 * stop and restart any of them.
 */
final class RunningSystem implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final List<String> SERVICE_JVM = List.of("-Xms64m", "-Xmx224m", "-XX:MaxMetaspaceSize=160m",
            "-XX:TieredStopAtLevel=1");

    private final Set<Integer> portsTaken = new HashSet<>();
    final LocalPostgres postgres;
    final LocalKafka kafka;
    final ServiceProcess commandService;
    final ServiceProcess queryService;
    private final Path root;
    private final Path commandServiceJar;

    private RunningSystem(Path root) {
        this.root = root;
        Path repository = repositoryRoot();
        postgres = new LocalPostgres(root.resolve("postgres"), freePort(), root.resolve("logs/postgres.log"));
        kafka = new LocalKafka(root.resolve("kafka"), freePort(), freePort());
        postgres.start();
        postgres.createDatabaseIfAbsent("partnerledger_command");
        postgres.createDatabaseIfAbsent("partnerledger_query");
        kafka.start();
        commandServiceJar = copied(repository.resolve("command-service/target/command-service.jar"), root);
        commandService = commandServiceInstance("command-service");
        queryService = ServiceProcess.springBootJar("query-service",
                copied(repository.resolve("query-service/target/query-service.jar"), root), SERVICE_JVM,
                environment("partnerledger_query"), freePort(), root.resolve("logs/query-service.log"));
    }

    static RunningSystem startIn(Path root) {
        RunningSystem system = new RunningSystem(root);
        system.commandService.start();
        system.queryService.start();
        system.commandService.awaitHealthy(STARTUP);
        system.queryService.awaitHealthy(STARTUP);
        return system;
    }

    /** Another command-service on the same event store and broker, as a scaled-out deployment runs it. */
    ServiceProcess startAnotherCommandService(String name) {
        ServiceProcess instance = commandServiceInstance(name);
        instance.start();
        instance.awaitHealthy(STARTUP);
        return instance;
    }

    private ServiceProcess commandServiceInstance(String name) {
        return ServiceProcess.springBootJar(name, commandServiceJar, SERVICE_JVM, environment("partnerledger_command"),
                freePort(), root.resolve("logs/" + name + ".log"));
    }

    String commandUrl(String path) {
        return commandService.baseUri().resolve(path).toString();
    }

    String queryUrl(String path) {
        return queryService.baseUri().resolve(path).toString();
    }

    void restart(ServiceProcess service) {
        service.start();
        service.awaitHealthy(STARTUP);
    }

    @Override
    public void close() {
        queryService.stop(Duration.ofSeconds(20));
        commandService.stop(Duration.ofSeconds(20));
        kafka.stop();
        postgres.stop();
    }

    private Map<String, String> environment(String database) {
        return Map.of(
                "SPRING_DATASOURCE_URL", postgres.jdbcUrl(database),
                "SPRING_DATASOURCE_USERNAME", LocalPostgres.USER,
                "SPRING_DATASOURCE_PASSWORD", "",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
    }

    /** A running JVM reads its jar lazily: a rebuild of the original must not pull the classes from under it. */
    private static Path copied(Path jar, Path root) {
        try {
            Path copy = root.resolve("jars").resolve(jar.getFileName());
            Files.createDirectories(copy.getParent());
            return Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Failsafe runs in the module directory, two levels below the repository root. */
    private static Path repositoryRoot() {
        return Path.of("").toAbsolutePath().getParent().getParent();
    }

    /** The kernel may hand out a just-released port again: never give the same one to two servers. */
    private int freePort() {
        while (true) {
            try (ServerSocket socket = new ServerSocket(0)) {
                if (portsTaken.add(socket.getLocalPort())) {
                    return socket.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
