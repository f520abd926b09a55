package org.partnerledger.infra.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The system being measured: either started here as {@code ./run} starts it, by the launcher jar run as a child
 * process in a scratch directory (its {@code data/} and the service jars it looks for are relative to its working
 * directory, so the scratch directory gets copies of this checkout's jars: a rebuild during the run cannot change the
 * classes under a running service), or one already running at given addresses.
 */
final class BenchedSystem implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(2);
    /**
     * Requests a minute per user and per client address, handed to the services it starts: the harness sends every
     * request as one coordinator from one address, thousands a second, and measures the product, not its throttle.
     */
    static final String RATE_LIMIT = "100000000";

    /**
     * Where everything listens, and the issuer the harness signs in at; a missing JDBC URL or broker leaves the
     * sections that need it skipped.
     */
    record Endpoints(URI command, URI query, URI issuer, Optional<String> commandJdbc, Optional<String> queryJdbc,
                     String jdbcUser, String jdbcPassword, Optional<String> bootstrapServers) {
    }

    private final Endpoints endpoints;
    private final Process launcher;
    private final Path workDirectory;
    private final boolean keepData;
    private final Map<String, Long> givenPids;

    private BenchedSystem(Endpoints endpoints, Process launcher, Path workDirectory, boolean keepData,
                            Map<String, Long> givenPids) {
        this.endpoints = endpoints;
        this.launcher = launcher;
        this.workDirectory = workDirectory;
        this.keepData = keepData;
        this.givenPids = givenPids;
    }

    static BenchedSystem external(Options options) {
        String jdbcUser = options.value("jdbc-user").orElse("postgres");
        Endpoints endpoints = new Endpoints(URI.create(options.value("command-url").orElseThrow()),
                URI.create(options.value("query-url").orElseThrow(
                        () -> new IllegalArgumentException("--query-url is needed with --command-url"))),
                URI.create(options.value("issuer").orElse("http://localhost:9000")),
                options.value("command-jdbc"), options.value("query-jdbc"), jdbcUser,
                options.value("jdbc-password").orElse(""), options.value("bootstrap-servers"));
        Map<String, Long> pids = new HashMap<>();
        options.value("command-pid").ifPresent(pid -> pids.put("command-service", Long.parseLong(pid)));
        options.value("query-pid").ifPresent(pid -> pids.put("query-service", Long.parseLong(pid)));
        return new BenchedSystem(endpoints, null, null, true, Map.copyOf(pids));
    }

    static BenchedSystem launch(Options options, Path workDirectory) throws IOException, InterruptedException {
        Path root = options.root();
        Path launcherJar = requireFile(root.resolve("infra/launcher/target/launcher.jar"));
        // The launcher starts the identity provider and the console too, beside the services, as ./run does.
        for (String module : List.of("command-service", "query-service", "infra/identity", "web-console")) {
            String jarName = Path.of(module).getFileName() + ".jar";
            Path jar = requireFile(root.resolve(module + "/target/" + jarName));
            Path copy = workDirectory.resolve(module + "/target/" + jarName);
            Files.createDirectories(copy.getParent());
            Files.copy(jar, copy, StandardCopyOption.REPLACE_EXISTING);
        }
        int postgresPort = options.port("postgres-port", 15433);
        int kafkaPort = options.port("kafka-port", 19092);
        int commandPort = options.port("command-port", 18080);
        int queryPort = options.port("query-port", 18081);
        int identityPort = options.port("identity-port", 19000);
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        // The launcher's JVM options as ./run gives them: infra/launcher/java-options, unless the environment sets
        // them (an empty value counts as unset, as in ./run).
        String launcherOptions = System.getenv("PARTNERLEDGER_LAUNCHER_JAVA_OPTS");
        if (launcherOptions == null || launcherOptions.isBlank()) {
            launcherOptions = Files.readString(root.resolve("infra/launcher/java-options"), StandardCharsets.UTF_8);
        }
        command.addAll(List.of(launcherOptions.trim().split("\\s+")));
        command.addAll(List.of("-jar", launcherJar.toString()));
        Path output = workDirectory.resolve("launcher.out");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile());
        Map<String, String> environment = builder.environment();
        // Everything embedded and local, the identity provider too: the harness signs the demo users in at it.
        Stream.of("COMMAND_DATASOURCE_URL", "QUERY_DATASOURCE_URL", "KAFKA_BOOTSTRAP_SERVERS", "PARTNERLEDGER_ISSUER")
              .forEach(environment::remove);
        environment.put("PARTNERLEDGER_POSTGRES_PORT", String.valueOf(postgresPort));
        environment.put("PARTNERLEDGER_KAFKA_PORT", String.valueOf(kafkaPort));
        environment.put("PARTNERLEDGER_KAFKA_CONTROLLER_PORT",
                String.valueOf(options.port("kafka-controller-port", 19093)));
        environment.put("COMMAND_PORT", String.valueOf(commandPort));
        environment.put("QUERY_PORT", String.valueOf(queryPort));
        environment.put("PARTNERLEDGER_IDENTITY_PORT", String.valueOf(identityPort));
        environment.put("PARTNERLEDGER_CONSOLE_PORT", String.valueOf(options.port("console-port", 18083)));
        // The launcher's services inherit its environment.
        environment.put("PARTNERLEDGER_RATE_LIMIT_PER_USER", RATE_LIMIT);
        environment.put("PARTNERLEDGER_RATE_LIMIT_PER_ADDRESS", RATE_LIMIT);
        Benchmark.log("starting the system (launcher in %s, log %s)", workDirectory, output);
        Process process = builder.start();
        String jdbc = "jdbc:postgresql://localhost:" + postgresPort + "/";
        Endpoints endpoints = new Endpoints(URI.create("http://localhost:" + commandPort),
                URI.create("http://localhost:" + queryPort), URI.create("http://localhost:" + identityPort),
                Optional.of(jdbc + "partnerledger_command"),
                Optional.of(jdbc + "partnerledger_query"), "postgres", "",
                Optional.of("localhost:" + kafkaPort));
        BenchedSystem system = new BenchedSystem(endpoints, process, workDirectory, options.keepData(), Map.of());
        system.awaitRunning(output);
        return system;
    }

    Endpoints endpoints() {
        return endpoints;
    }

    boolean started() {
        return launcher != null;
    }

    /** The process of a service ("command-service", "query-service") or of the launcher ("launcher"). */
    Optional<Long> pid(String name) {
        if (givenPids.containsKey(name)) {
            return Optional.of(givenPids.get(name));
        }
        if (launcher == null || !launcher.isAlive()) {
            return Optional.empty();
        }
        if (name.equals("launcher")) {
            return Optional.of(launcher.pid());
        }
        return launcher.descendants()
                .filter(process -> commandLine(process.pid()).contains("/" + name + ".jar"))
                .map(ProcessHandle::pid)
                .findFirst();
    }

    /**
     * The PostgreSQL server's processes (postmaster and backends), when this harness started it. The postmaster
     * detaches from the launcher, so it is found by its data directory.
     */
    List<Long> postgresPids() {
        if (workDirectory == null) {
            return List.of();
        }
        String dataDirectory = "-D " + workDirectory.toAbsolutePath().resolve("data/postgres");
        return ProcessHandle.allProcesses().filter(process -> commandLine(process.pid()).contains(dataDirectory))
                .flatMap(postmaster -> Stream.concat(Stream.of(postmaster), postmaster.descendants()))
                .map(ProcessHandle::pid).toList();
    }

    /**
     * The JVM options query-service runs with, read from its command line, so that what is reported, and the rebuild
     * instance, follow whatever the launcher chose (its defaults live in one place, the launcher). Without the
     * process, those of {@code PARTNERLEDGER_SERVICE_JAVA_OPTS}, or none.
     */
    List<String> serviceJavaOptions() {
        return pid("query-service").map(BenchedSystem::jvmOptions).orElseGet(() -> {
            String options = System.getenv().getOrDefault("PARTNERLEDGER_SERVICE_JAVA_OPTS", "").trim();
            return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
        });
    }

    /** A Java process's arguments between the executable and {@code -jar}. */
    private static List<String> jvmOptions(long pid) {
        List<String> arguments = arguments(pid);
        int jar = arguments.indexOf("-jar");
        return jar < 1 ? List.of() : arguments.subList(1, jar);
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String commandLine(long pid) {
        return String.join(" ", arguments(pid));
    }

    /** A process's command line, argument by argument; empty once it has gone. */
    private static List<String> arguments(long pid) {
        try {
            String nulTerminated = new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            return nulTerminated.isEmpty() ? List.of() : List.of(nulTerminated.split("\0"));
        } catch (IOException e) {
            return List.of();
        }
    }

    @Override
    public void close() {
        if (launcher == null) {
            return;
        }
        if (launcher.isAlive()) {
            Benchmark.log("stopping the system");
            launcher.destroy();
            try {
                if (!launcher.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                    launcher.destroyForcibly();
                    launcher.waitFor(30, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!keepData) {
            deleteTree(workDirectory.resolve("data/postgres"));
            deleteTree(workDirectory.resolve("data/kafka"));
            deleteTree(workDirectory.resolve("command-service"));
            deleteTree(workDirectory.resolve("query-service"));
        }
    }

    private void awaitRunning(Path output) throws InterruptedException {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (!read(output).contains("PartnerLedger is running")) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("the launcher stopped before the system ran:\n" + read(output));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("the system did not start within " + STARTUP_TIMEOUT.toMinutes()
                        + " min; see " + output);
            }
            Thread.sleep(250);
        }
        Benchmark.log("system running: command %s, query %s", endpoints.command(), endpoints.query());
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing; ./bench builds it, or ./mvnw -DskipTests install");
        }
        return file;
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            Benchmark.log("could not delete %s: %s", directory, e.getMessage());
        }
    }
}
