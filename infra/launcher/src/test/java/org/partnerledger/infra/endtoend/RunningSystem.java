package org.partnerledger.infra.endtoend;

import org.partnerledger.infra.identity.SignedInUser;
import org.partnerledger.infra.launcher.LocalKafka;
import org.partnerledger.infra.launcher.LocalPostgres;
import org.partnerledger.infra.launcher.ServiceProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole product as {@code ./run} starts it, but in a scratch directory on free ports: a real PostgreSQL, a real
 * KRaft broker, the local identity provider and the two service jars the build just produced (and, when asked, the
 * web console), each in a process of its own, so tests can kill, stop and restart any of them. Tests sign the demo users in at that provider, as
 * {@code ./run token} does, and send their tokens.
 */
final class RunningSystem implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final List<String> SERVICE_JVM = List.of("-Xms64m", "-Xmx224m", "-XX:MaxMetaspaceSize=160m",
            "-XX:TieredStopAtLevel=1");
    /**
     * Requests a minute per user and per client address: far above what the tests send, so that the load of the fault
     * suite and the racing clients are never throttled. The services' defaults are for people, not for load.
     */
    private static final String RATE_LIMIT = "100000";

    private final Set<Integer> portsTaken = new HashSet<>();
    final LocalPostgres postgres;
    final LocalKafka kafka;
    final ServiceProcess identity;
    final ServiceProcess commandService;
    final ServiceProcess queryService;
    /** Started only by {@link #startWithConsoleIn}: the other suites need no browser-facing part. */
    final ServiceProcess console;
    private final boolean withConsole;
    private final Path root;
    private final Path commandServiceJar;
    private final URI issuer;
    private final Map<String, SignedInUser> users = new ConcurrentHashMap<>();

    private RunningSystem(Path root, boolean withConsole) {
        this.root = root;
        this.withConsole = withConsole;
        Path repository = repositoryRoot();
        postgres = new LocalPostgres(root.resolve("postgres"), freePort(), root.resolve("logs/postgres.log"));
        kafka = new LocalKafka(root.resolve("kafka"), freePort(), freePort());
        int identityPort = freePort();
        int consolePort = freePort();
        issuer = URI.create("http://localhost:" + identityPort);
        identity = ServiceProcess.springBootJar("identity",
                copied(repository.resolve("infra/identity/target/identity.jar"), root), SERVICE_JVM, Map.of(
                        "PARTNERLEDGER_ISSUER", issuer.toString(),
                        "PARTNERLEDGER_IDENTITY_KEY_FILE", root.resolve("identity/signing-key.json").toString(),
                        "SPRING_APPLICATION_JSON", consoleRedirects(consolePort)),
                identityPort, root.resolve("logs/identity.log"));
        commandServiceJar = copied(repository.resolve("command-service/target/command-service.jar"), root);
        commandService = commandServiceInstance("command-service");
        queryService = ServiceProcess.springBootJar("query-service",
                copied(repository.resolve("query-service/target/query-service.jar"), root), SERVICE_JVM,
                environment("partnerledger_query"), freePort(), root.resolve("logs/query-service.log"));
        console = withConsole ? ServiceProcess.springBootJar("web-console",
                copied(repository.resolve("web-console/target/web-console.jar"), root), SERVICE_JVM, Map.of(
                        "PARTNERLEDGER_ISSUER", issuer.toString(),
                        "PARTNERLEDGER_COMMAND_URL", commandService.baseUri().toString(),
                        "PARTNERLEDGER_QUERY_URL", queryService.baseUri().toString()),
                consolePort, root.resolve("logs/web-console.log")) : null;
    }

    /**
     * The provider registers the console at port 8082 (infra/identity's application.yml); here the console runs on
     * a free port, so the provider is told that port's redirect addresses instead.
     */
    private static String consoleRedirects(int consolePort) {
        String client = "spring.security.oauth2.authorizationserver.client.partnerledger-console.registration.";
        return """
                {"%sredirect-uris": ["http://localhost:%d/login/oauth2/code/partnerledger"],
                 "%spost-logout-redirect-uris": ["http://localhost:%d/"]}"""
                .formatted(client, consolePort, client, consolePort);
    }

    /**
     * Starts every part, or, when one fails, stops those already started: a test whose start fails gets no system to
     * close, and a broker left running would lose its log directory to the test's cleanup and halt the test JVM.
     */
    static RunningSystem startIn(Path root) {
        return start(new RunningSystem(root, false));
    }

    /** The system with the web console as well, started last as {@code ./run} starts it. */
    static RunningSystem startWithConsoleIn(Path root) {
        return start(new RunningSystem(root, true));
    }

    private static RunningSystem start(RunningSystem system) {
        try {
            system.start();
            return system;
        } catch (RuntimeException | Error e) {
            try {
                system.close();
            } catch (RuntimeException | Error closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    private void start() {
        postgres.start();
        postgres.createDatabaseIfAbsent("partnerledger_command");
        postgres.createDatabaseIfAbsent("partnerledger_query");
        kafka.start();
        identity.start();
        commandService.start();
        queryService.start();
        identity.awaitHealthy(STARTUP);
        commandService.awaitHealthy(STARTUP);
        queryService.awaitHealthy(STARTUP);
        if (withConsole) {
            console.start();
            console.awaitHealthy(STARTUP);
        }
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

    /**
     * A demo user of the local provider ({@code ./run token} lists them), signed in at the first request and again
     * before each token expires; one per name, shared by every client of the test.
     */
    SignedInUser user(String username) {
        return users.computeIfAbsent(username, name -> new SignedInUser(issuer, name));
    }

    /** The local identity provider, where the demo users sign in. */
    URI issuer() {
        return issuer;
    }

    /** A client of the services that sends the demo user's token. */
    Http as(String username) {
        return new Http(user(username));
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

    String consoleUrl(String path) {
        return console.baseUri().resolve(path).toString();
    }

    @Override
    public void close() {
        if (console != null) {
            console.stop(Duration.ofSeconds(20));
        }
        queryService.stop(Duration.ofSeconds(20));
        commandService.stop(Duration.ofSeconds(20));
        identity.stop(Duration.ofSeconds(20));
        kafka.stop();
        postgres.stop();
    }

    private Map<String, String> environment(String database) {
        return Map.of(
                "SPRING_DATASOURCE_URL", postgres.jdbcUrl(database),
                "SPRING_DATASOURCE_USERNAME", LocalPostgres.USER,
                "SPRING_DATASOURCE_PASSWORD", "",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                "PARTNERLEDGER_ISSUER", issuer.toString(),
                "PARTNERLEDGER_RATE_LIMIT_PER_USER", RATE_LIMIT,
                "PARTNERLEDGER_RATE_LIMIT_PER_ADDRESS", RATE_LIMIT);
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
