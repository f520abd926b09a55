package org.partnerledger.infra.launcher;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The launcher as {@code ./run} starts it, in its own JVM, with stub services in place of the real jars. */
class LocalLauncherIT {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    @TempDir
    Path root;

    private Path output;
    private Process launcher;
    private Map<String, String> ports;

    @BeforeEach
    void writeStubServiceJars() throws IOException {
        StubJar.writeTo(root.resolve("command-service/target/command-service.jar"));
        StubJar.writeTo(root.resolve("query-service/target/query-service.jar"));
        StubJar.writeTo(root.resolve("infra/identity/target/identity.jar"));
        StubJar.writeTo(root.resolve("web-console/target/web-console.jar"));
        output = root.resolve("launcher-output.txt");
    }

    @AfterEach
    void stopLauncher() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            launcher.waitFor(2, TimeUnit.MINUTES);
        }
        LeftoverPostmaster.runningOn(root.resolve("data/postgres")).ifPresent(LeftoverPostmaster::stop);
    }

    @Test
    void stopsTheServicesThenTheIdentityProviderThenKafkaThenPostgresWhenTerminated() throws Exception {
        launch(Map.of());
        List<ProcessHandle> processes = launchedProcesses();

        launcher.destroy();

        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readAllLines(output)).filteredOn(line -> line.startsWith("Stopping "))
                .containsExactly("Stopping web-console", "Stopping query-service", "Stopping command-service", "Stopping identity", "Stopping Kafka",
                        "Stopping PostgreSQL");
        awaitGone(processes);
    }

    @Test
    void leavesNoProcessBehindWhenKilled() throws Exception {
        launch(Map.of());
        List<ProcessHandle> processes = launchedProcesses();

        launcher.destroyForcibly();

        awaitGone(processes);
    }

    @Test
    void startsNothingEmbeddedWhenExternalInfrastructureIsConfigured() throws Exception {
        launch(Map.of(
                "COMMAND_DATASOURCE_URL", "jdbc:postgresql://db.example:5432/command",
                "COMMAND_DATASOURCE_USERNAME", "ledger",
                "QUERY_DATASOURCE_URL", "jdbc:postgresql://db.example:5432/query",
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092",
                "PARTNERLEDGER_ISSUER", "https://login.example/realms/partnerledger"));

        assertThat(output).content().doesNotContain("Starting PostgreSQL", "Starting Kafka", "Starting identity");
        assertThat(output).content().contains("identity         https://login.example/realms/partnerledger  (external)");
        assertThat(root.resolve("data/postgres")).doesNotExist();
        assertThat(root.resolve("data/logs/command-service.log")).content().contains(
                "SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/command",
                "SPRING_DATASOURCE_USERNAME=ledger",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS=kafka.example:9092",
                "PARTNERLEDGER_ISSUER=https://login.example/realms/partnerledger");
    }

    @Test
    void handsTheLocalIssuerToTheIdentityProviderAndToTheServices() throws Exception {
        launch(Map.of());

        String issuer = "PARTNERLEDGER_ISSUER=http://localhost:" + ports.get("PARTNERLEDGER_IDENTITY_PORT");
        assertThat(root.resolve("data/logs/identity.log")).content()
                .contains(issuer, "PARTNERLEDGER_IDENTITY_KEY_FILE=data/identity/signing-key.json");
        assertThat(root.resolve("data/logs/command-service.log")).content().contains(issuer);
        assertThat(root.resolve("data/logs/query-service.log")).content().contains(issuer);
        assertThat(root.resolve("data/logs/web-console.log")).content().contains(issuer,
                "PARTNERLEDGER_COMMAND_URL=http://localhost:" + ports.get("COMMAND_PORT"),
                "PARTNERLEDGER_QUERY_URL=http://localhost:" + ports.get("QUERY_PORT"));
        assertThat(output).content().contains("web-console      http://localhost:"
                + ports.get("PARTNERLEDGER_CONSOLE_PORT"));
    }

    @Test
    void exitsNamingTheLogFileWhenAServiceDiesBeforeBecomingHealthy() throws Exception {
        // An external issuer, so that command-service is the first part started, not the (stub) identity provider.
        start(Map.of("STUB_EXIT_CODE", "3", "PARTNERLEDGER_ISSUER", "https://login.example"));

        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(output).content().contains(
                "command-service exited with code 3 before it became healthy; see data/logs/command-service.log");
    }

    @Test
    void startsAgainWithoutAManualStepAfterItsWholeProcessGroupWasKilled() throws Exception {
        ports = freePorts();
        launcher = launched(List.of("setsid"), ports, output);
        long postmaster = postmasterPid();

        kill("-KILL", "--", "-" + launcher.pid());
        assertThat(launcher.waitFor(1, TimeUnit.MINUTES)).isTrue();
        assertThat(ProcessHandle.of(postmaster)).as("pg_ctl detached the postmaster from the group")
                .hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
        Path again = root.resolve("launcher-output-again.txt");
        launcher = launched(List.of(), ports, again);

        assertThat(again).content().contains("Stopping PostgreSQL (pid " + postmaster + "), left running on data/postgres");
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(postmasterPid()).isNotEqualTo(postmaster);
    }

    @Test
    void refusesToStartNamingTheLauncherThatAlreadyRunsOnTheSameData() throws Exception {
        launch(Map.of());
        long postmaster = postmasterPid();
        Path secondOutput = root.resolve("second-launcher-output.txt");

        Process second = start(List.of(), Map.of(), freePorts(), secondOutput);

        assertThat(second.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(second.exitValue()).isEqualTo(1);
        assertThat(secondOutput).content().contains("Another launcher (pid " + launcher.pid() + ") runs on data");
        assertThat(ProcessHandle.of(postmaster).filter(ProcessHandle::isAlive)).isPresent();
        assertThat(launcher.isAlive()).isTrue();
    }

    private void launch(Map<String, String> environment) throws IOException {
        ports = freePorts();
        launcher = start(List.of(), environment, ports, output);
        awaitRunning(launcher, output);
    }

    private Process launched(List<String> prefix, Map<String, String> ports, Path output) throws IOException {
        Process process = start(prefix, Map.of(), ports, output);
        awaitRunning(process, output);
        return process;
    }

    private void start(Map<String, String> environment) throws IOException {
        ports = freePorts();
        launcher = start(List.of(), environment, ports, output);
    }

    private static void awaitRunning(Process process, Path output) {
        await().atMost(STARTUP)
                .failFast("the launcher exited", () -> !process.isAlive())
                .until(() -> Files.readString(output).contains("PartnerLedger is running"));
    }

    /** @param prefix runs before java, e.g. setsid for a process group of its own, as a terminal gives ./run */
    private Process start(List<String> prefix, Map<String, String> environment, Map<String, String> ports,
                          Path output) throws IOException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), LocalLauncher.class.getName()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.matches("(PARTNERLEDGER|COMMAND|QUERY|KAFKA)_.*"));
        env.putAll(ports);
        env.put("PARTNERLEDGER_SERVICE_JAVA_OPTS", "-Xmx32m");
        env.putAll(environment);
        return builder.start();
    }

    private long postmasterPid() throws IOException {
        return Long.parseLong(Files.readAllLines(root.resolve("data/postgres/postmaster.pid")).get(0).trim());
    }

    private static void kill(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("kill"));
        command.addAll(List.of(arguments));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }

    private static Map<String, String> freePorts() {
        Map<String, String> ports = new HashMap<>();
        for (String variable : List.of("PARTNERLEDGER_POSTGRES_PORT", "PARTNERLEDGER_KAFKA_PORT",
                "PARTNERLEDGER_KAFKA_CONTROLLER_PORT", "COMMAND_PORT", "QUERY_PORT", "PARTNERLEDGER_IDENTITY_PORT",
                "PARTNERLEDGER_CONSOLE_PORT")) {
            ports.put(variable, String.valueOf(FreePorts.next()));
        }
        return ports;
    }

    /** The launcher's children and the postmaster, which pg_ctl detaches from it. */
    private List<ProcessHandle> launchedProcesses() throws IOException {
        String postmasterPid = Files.readAllLines(root.resolve("data/postgres/postmaster.pid")).get(0).trim();
        List<ProcessHandle> processes = new ArrayList<>(launcher.children().toList());
        ProcessHandle.of(Long.parseLong(postmasterPid)).ifPresent(processes::add);
        assertThat(processes).as(() -> describe(processes)).hasSize(6);
        return processes;
    }

    private String describe(List<ProcessHandle> processes) {
        try {
            return processes.stream().map(p -> p.pid() + " " + p.info().commandLine().orElse("?")).toList()
                    + "\n" + Files.readString(output);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void awaitGone(List<ProcessHandle> processes) {
        await().atMost(Duration.ofMinutes(2))
                .untilAsserted(() -> assertThat(processes).noneMatch(ProcessHandle::isAlive));
    }
}
