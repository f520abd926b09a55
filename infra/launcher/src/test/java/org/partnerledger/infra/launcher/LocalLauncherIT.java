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

    @BeforeEach
    void writeStubServiceJars() throws IOException {
        StubJar.writeTo(root.resolve("command-service/target/command-service.jar"));
        StubJar.writeTo(root.resolve("query-service/target/query-service.jar"));
        output = root.resolve("launcher-output.txt");
    }

    @AfterEach
    void stopLauncher() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            launcher.waitFor(2, TimeUnit.MINUTES);
        }
    }

    @Test
    void stopsTheServicesThenKafkaThenPostgresWhenTerminated() throws Exception {
        launch(Map.of());
        List<ProcessHandle> processes = launchedProcesses();

        launcher.destroy();

        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(Files.readAllLines(output)).filteredOn(line -> line.startsWith("Stopping "))
                .containsExactly("Stopping query-service", "Stopping command-service", "Stopping Kafka",
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
                "KAFKA_BOOTSTRAP_SERVERS", "kafka.example:9092"));

        assertThat(output).content().doesNotContain("Starting PostgreSQL", "Starting Kafka");
        assertThat(root.resolve("data/postgres")).doesNotExist();
        assertThat(root.resolve("data/logs/command-service.log")).content().contains(
                "SPRING_DATASOURCE_URL=jdbc:postgresql://db.example:5432/command",
                "SPRING_DATASOURCE_USERNAME=ledger",
                "SPRING_KAFKA_BOOTSTRAP_SERVERS=kafka.example:9092");
    }

    @Test
    void exitsNamingTheLogFileWhenAServiceDiesBeforeBecomingHealthy() throws Exception {
        start(Map.of("STUB_EXIT_CODE", "3"));

        assertThat(launcher.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(launcher.exitValue()).isEqualTo(1);
        assertThat(output).content().contains(
                "command-service exited with code 3 before it became healthy; see data/logs/command-service.log");
    }

    private void launch(Map<String, String> environment) throws IOException {
        start(environment);
        await().atMost(STARTUP)
                .failFast("the launcher exited", () -> !launcher.isAlive())
                .until(() -> Files.readString(output).contains("PartnerLedger is running"));
    }

    private void start(Map<String, String> environment) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), LocalLauncher.class.getName())
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.matches("(PARTNERLEDGER|COMMAND|QUERY|KAFKA)_.*"));
        env.putAll(freePorts());
        env.put("PARTNERLEDGER_SERVICE_JAVA_OPTS", "-Xmx32m");
        env.putAll(environment);
        launcher = builder.start();
    }

    private static Map<String, String> freePorts() {
        Map<String, String> ports = new HashMap<>();
        for (String variable : List.of("PARTNERLEDGER_POSTGRES_PORT", "PARTNERLEDGER_KAFKA_PORT",
                "PARTNERLEDGER_KAFKA_CONTROLLER_PORT", "COMMAND_PORT", "QUERY_PORT")) {
            ports.put(variable, String.valueOf(FreePorts.next()));
        }
        return ports;
    }

    /** The launcher's children and the postmaster, which pg_ctl detaches from it. */
    private List<ProcessHandle> launchedProcesses() throws IOException {
        String postmasterPid = Files.readAllLines(root.resolve("data/postgres/postmaster.pid")).get(0).trim();
        List<ProcessHandle> processes = new ArrayList<>(launcher.children().toList());
        ProcessHandle.of(Long.parseLong(postmasterPid)).ifPresent(processes::add);
        assertThat(processes).as(() -> describe(processes)).hasSize(4);
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
