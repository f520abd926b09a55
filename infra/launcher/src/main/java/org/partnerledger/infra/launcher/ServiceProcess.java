package org.partnerledger.infra.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A service run as a child process whose output goes to a log file and which is ready once its actuator health
 * reports UP. It can be stopped, or killed as a crash would end it, and started again.
 */
public final class ServiceProcess {

    private static final Pattern STATUS_UP = Pattern.compile("\\{\\s*\"status\"\\s*:\\s*\"UP\"");
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration KILL_WAIT = Duration.ofSeconds(10);

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final int port;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private volatile Process process;

    /**
     * @param environment added to this JVM's environment
     * @param port        where the service serves {@code /actuator/health}
     * @param logFile     receives standard output and error, appended across restarts
     */
    public ServiceProcess(String name, List<String> command, Map<String, String> environment, int port, Path logFile) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.port = port;
        this.logFile = logFile;
    }

    /** A Spring Boot jar run by this JVM's own java, told its port through {@code SERVER_PORT}. */
    public static ServiceProcess springBootJar(String name, Path jar, List<String> javaOptions,
                                               Map<String, String> environment, int port, Path logFile) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions);
        command.add("-jar");
        command.add(jar.toAbsolutePath().toString());
        Map<String, String> withPort = new HashMap<>(environment);
        withPort.put("SERVER_PORT", String.valueOf(port));
        return new ServiceProcess(name, command, withPort, port, logFile);
    }

    public synchronized void start() {
        if (isAlive()) {
            throw new IllegalStateException(name + " is already running");
        }
        try {
            Files.createDirectories(logFile.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until the service reports UP; fails early, naming the log file, if the process ends first. */
    public void awaitHealthy(Duration timeout) {
        Process running = current();
        Instant deadline = Instant.now().plus(timeout);
        while (!reportsUp()) {
            if (waitFor(running, POLL_INTERVAL)) {
                throw new IllegalStateException(name + " exited with code " + running.exitValue()
                        + " before it became healthy; see " + logFile);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " did not become healthy within " + timeout.toSeconds()
                        + " s; see " + logFile);
            }
        }
    }

    /** Sends SIGTERM, so that the service shuts down gracefully, and SIGKILL if it outlasts the grace period. */
    public void stop(Duration grace) {
        Process running = process;
        if (running == null || !running.isAlive()) {
            return;
        }
        running.destroy();
        if (!waitFor(running, grace)) {
            kill();
        }
    }

    /** Sends SIGKILL, as a crash or the OOM killer would end the service, and waits until it is gone. */
    public void kill() {
        Process running = current();
        running.destroyForcibly();
        if (!waitFor(running, KILL_WAIT)) {
            throw new IllegalStateException(name + " (pid " + running.pid() + ") survived SIGKILL");
        }
    }

    public boolean isAlive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** Completes with the exit code when the currently started process ends. */
    public CompletableFuture<Integer> onExit() {
        return current().onExit().thenApply(Process::exitValue);
    }

    public long pid() {
        return current().pid();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + port);
    }

    public Path logFile() {
        return logFile;
    }

    private boolean reportsUp() {
        HttpRequest request = HttpRequest.newBuilder(baseUri().resolve("/actuator/health"))
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            var response = http.send(request, BodyHandlers.ofString());
            return response.statusCode() == 200 && STATUS_UP.matcher(response.body()).lookingAt();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }

    private Process current() {
        Process running = process;
        if (running == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return running;
    }

    private boolean waitFor(Process running, Duration timeout) {
        try {
            return running.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + name, e);
        }
    }
}
