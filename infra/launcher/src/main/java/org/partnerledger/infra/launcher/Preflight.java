package org.partnerledger.infra.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks made before anything starts, so that a missing jar or a taken port stops the launcher with a clear message
 * instead of halfway through. The port check also keeps it from taking a service left over from an earlier run, still
 * answering on the same port, for the one it has just started.
 */
final class Preflight {

    private Preflight() {
    }

    static void check(LauncherSettings settings) {
        requireJar(settings.commandJar());
        requireJar(settings.queryJar());
        if (settings.needsEmbeddedPostgres()) {
            requireNoPostmasterOn(settings.dataDirectory().resolve("postgres"));
            requireFree(settings.postgresPort(), "PostgreSQL", "PARTNERLEDGER_POSTGRES_PORT");
        }
        if (settings.kafkaBootstrapServers().isEmpty()) {
            requireFree(settings.kafkaPort(), "Kafka", "PARTNERLEDGER_KAFKA_PORT");
            requireFree(settings.kafkaControllerPort(), "Kafka's controller", "PARTNERLEDGER_KAFKA_CONTROLLER_PORT");
        }
        requireFree(settings.commandPort(), "command-service", "COMMAND_PORT");
        requireFree(settings.queryPort(), "query-service", "QUERY_PORT");
    }

    private static void requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; ./run builds it, or run ./mvnw -DskipTests install");
        }
    }

    /** A postmaster outlives the launcher if both were killed at once, e.g. by kill -9 on the process group. */
    private static void requireNoPostmasterOn(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
        } catch (IOException | RuntimeException e) {
            return; // PostgreSQL itself deals with a stale or half-written pid file when it starts
        }
        boolean running = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().command())
                .filter(command -> command.endsWith("/postgres"))
                .isPresent();
        if (running) {
            throw new IllegalStateException("PostgreSQL (pid " + pid + ") still runs on " + dataDirectory
                    + ", left by an earlier run or used by another; stop it with: kill -INT " + pid);
        }
    }

    private static void requireFree(int port, String user, String variable) {
        try {
            new ServerSocket(port).close();
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " for " + user
                    + " is in use; stop what listens there or set " + variable + " to another port");
        }
    }
}
