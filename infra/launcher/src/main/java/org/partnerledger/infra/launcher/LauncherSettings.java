package org.partnerledger.infra.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the launcher was asked for, read from environment variables with local defaults. Paths are relative to the
 * working directory, the repository root under {@code ./run}. An absent datasource or Kafka address means the
 * launcher provides an embedded one; a blank variable counts as absent. {@code PARTNERLEDGER_DEMO=true} (what
 * {@code ./run --demo} sets) seeds the demo partnerships once the services answer.
 */
record LauncherSettings(
        Path dataDirectory,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        int commandPort,
        int queryPort,
        int identityPort,
        int consolePort,
        Optional<String> externalIssuer,
        Optional<Datasource> commandDatasource,
        Optional<Datasource> queryDatasource,
        Optional<String> kafkaBootstrapServers,
        List<String> serviceJavaOptions,
        Duration startupTimeout,
        boolean seedDemo) {

    /**
     * The parallel collector: see ADR 9. A service out of memory exits rather than running on half broken: an
     * OutOfMemoryError during a class's initialisation leaves that class unusable for the life of the JVM (the JDBC
     * driver's, once, left the publisher retrying for ever). No performance data file: sampling it every 50 ms was
     * a millisecond of CPU a second in each JVM at rest (issue 15); jcmd still works, jstat needs it back. The monitor
     * deflation thread looks once a second, not four times, whether idle locks are worth freeing: it woke 4 times a
     * second in every JVM for 0.3 ms of CPU a second, and a lock left inflated a little longer costs a few bytes.
     */
    private static final String DEFAULT_SERVICE_JAVA_OPTS =
            "-Xms64m -Xmx224m -XX:MaxMetaspaceSize=160m -XX:+UseParallelGC -XX:+ExitOnOutOfMemoryError"
                    + " -XX:-UsePerfData -XX:+UnlockDiagnosticVMOptions -XX:AsyncDeflationInterval=1000";

    static LauncherSettings from(Map<String, String> env) {
        return new LauncherSettings(
                Path.of("data"),
                port(env, "PARTNERLEDGER_POSTGRES_PORT", 5433),
                port(env, "PARTNERLEDGER_KAFKA_PORT", 9092),
                port(env, "PARTNERLEDGER_KAFKA_CONTROLLER_PORT", 9093),
                port(env, "COMMAND_PORT", 8080),
                port(env, "QUERY_PORT", 8081),
                port(env, "PARTNERLEDGER_IDENTITY_PORT", 9000),
                port(env, "PARTNERLEDGER_CONSOLE_PORT", 8082),
                value(env, "PARTNERLEDGER_ISSUER").map(String::trim),
                datasource(env, "COMMAND"),
                datasource(env, "QUERY"),
                value(env, "KAFKA_BOOTSTRAP_SERVERS"),
                javaOptions(env, "PARTNERLEDGER_SERVICE_JAVA_OPTS"),
                Duration.ofSeconds(number(env, "PARTNERLEDGER_STARTUP_TIMEOUT_SECONDS", 180)),
                value(env, "PARTNERLEDGER_DEMO").map(String::trim).map(Boolean::parseBoolean).orElse(false));
    }

    boolean needsEmbeddedPostgres() {
        return commandDatasource.isEmpty() || queryDatasource.isEmpty();
    }

    /** An issuer of its own means an external OpenID Connect provider: the local one is then not started. */
    boolean needsLocalIdentityProvider() {
        return externalIssuer.isEmpty();
    }

    /** Where tokens come from: the external provider, or the local one on its port. */
    String issuer() {
        return externalIssuer.orElse("http://localhost:" + identityPort);
    }

    Path identityKeyFile() {
        return dataDirectory.resolve("identity").resolve("signing-key.json");
    }

    Path logDirectory() {
        return dataDirectory.resolve("logs");
    }

    Path commandJar() {
        return Path.of("command-service", "target", "command-service.jar");
    }

    Path identityJar() {
        return Path.of("infra", "identity", "target", "identity.jar");
    }

    Path queryJar() {
        return Path.of("query-service", "target", "query-service.jar");
    }

    Path consoleJar() {
        return Path.of("web-console", "target", "web-console.jar");
    }

    /** The JDBC coordinates handed to a service; an empty user or password counts as none for Spring Boot. */
    record Datasource(String url, String username, String password) {
    }

    private static Optional<Datasource> datasource(Map<String, String> env, String service) {
        String prefix = service + "_DATASOURCE_";
        return value(env, prefix + "URL").map(url -> new Datasource(url,
                value(env, prefix + "USERNAME").orElse(""),
                value(env, prefix + "PASSWORD").orElse("")));
    }

    private static List<String> javaOptions(Map<String, String> env, String variable) {
        return List.of(value(env, variable).orElse(DEFAULT_SERVICE_JAVA_OPTS).trim().split("\\s+"));
    }

    private static int port(Map<String, String> env, String variable, int defaultPort) {
        int port = number(env, variable, defaultPort);
        if (port > 65535) {
            throw new IllegalArgumentException(variable + " must be a port number, not " + port);
        }
        return port;
    }

    private static int number(Map<String, String> env, String variable, int defaultValue) {
        String text = value(env, variable).map(String::trim).orElse(String.valueOf(defaultValue));
        if (!text.matches("[1-9][0-9]{0,8}")) {
            throw new IllegalArgumentException(variable + " must be a positive whole number, not '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static Optional<String> value(Map<String, String> env, String variable) {
        return Optional.ofNullable(env.get(variable)).filter(text -> !text.isBlank());
    }
}
