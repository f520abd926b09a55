package org.partnerledger.infra.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Spring Boot jar the harness runs beside the measured system: the rebuild's second query-service and the peers.
 * It gets the JVM options of the system's services, its port through {@code SERVER_PORT}, a database and broker
 * through Spring's own environment variables, and a log file of its own.
 */
final class ServiceInstance implements AutoCloseable {

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private final String name;
    private final Process process;
    private final URI base;
    private final Path logFile;

    private ServiceInstance(String name, Process process, URI base, Path logFile) {
        this.name = name;
        this.process = process;
        this.base = base;
        this.logFile = logFile;
    }

    /**
     * Starts the jar; {@code environment} adds to {@code SERVER_PORT} and the database's {@code SPRING_DATASOURCE_*}.
     */
    static ServiceInstance start(String name, Path jar, List<String> jvmOptions, int port, Database database,
                                 Map<String, String> environment, Path logFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(BenchedSystem.javaExecutable());
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        Files.createDirectories(logFile.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logFile.toFile());
        Map<String, String> env = builder.environment();
        env.put("SERVER_PORT", String.valueOf(port));
        env.put("SPRING_DATASOURCE_URL", database.url());
        env.put("SPRING_DATASOURCE_USERNAME", database.user());
        env.put("SPRING_DATASOURCE_PASSWORD", database.password());
        env.putAll(environment);
        Benchmark.log("starting %s on port %d (log %s)", name, port, logFile);
        Process process = builder.start();
        // A child process outlives the harness unless told: stopped by Ctrl-C, the harness takes it along.
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy, "bench-stop-" + port));
        return new ServiceInstance(name, process, URI.create("http://localhost:" + port), logFile);
    }

    URI base() {
        return base;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path logFile() {
        return logFile;
    }

    /** Waits until its health endpoint answers 200, failing early if it exits. */
    ServiceInstance awaitHealthy() throws IOException, InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest health = HttpRequest.newBuilder(base.resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited while starting; see " + logFile);
            }
            try {
                if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException notYetListening) {
                // Starting: try again shortly.
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " was not healthy within " + STARTUP_TIMEOUT.toMinutes()
                + " min; see " + logFile);
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
