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
        requireJar(settings.consoleJar());
        if (settings.needsLocalIdentityProvider()) {
            requireJar(settings.identityJar());
            requireFree(settings.identityPort(), "the identity provider", "PARTNERLEDGER_IDENTITY_PORT");
        }
        if (settings.needsEmbeddedPostgres()) {
            requireFree(settings.postgresPort(), "PostgreSQL", "PARTNERLEDGER_POSTGRES_PORT");
        }
        if (settings.kafkaBootstrapServers().isEmpty()) {
            requireFree(settings.kafkaPort(), "Kafka", "PARTNERLEDGER_KAFKA_PORT");
            requireFree(settings.kafkaControllerPort(), "Kafka's controller", "PARTNERLEDGER_KAFKA_CONTROLLER_PORT");
        }
        requireFree(settings.commandPort(), "command-service", "COMMAND_PORT");
        requireFree(settings.queryPort(), "query-service", "QUERY_PORT");
        requireFree(settings.consolePort(), "the web console", "PARTNERLEDGER_CONSOLE_PORT");
    }

    private static void requireJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; ./run builds it, or run ./mvnw -DskipTests install");
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
