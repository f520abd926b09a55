package org.partnerledger.infra.endtoend;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.partnerledger.infra.launcher.ServiceProcess;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two command-service instances on one event store, both deciding on the same partnership at once. Each keeps the
 * partnership cached, so each in turn decides on a state the other has already moved on: the event store's unique
 * key catches it, and the command is decided again or answered with 409, never lost, doubled or a 500.
 */
class TwoCommandServicesIT {

    private static final int CLIENTS_PER_INSTANCE = 6;
    private static final int DECISIONS_PER_CLIENT = 40;

    /** Kept when the test fails: the services' logs are under {@code logs/}. */
    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    static Path root;
    private static RunningSystem system;
    private static ServiceProcess second;
    private final Http http = system.as("coordinator");
    /** The actuator beyond health is for admins. */
    private final Http admin = system.as("admin");

    @BeforeAll
    static void start() {
        system = RunningSystem.startIn(root);
        second = system.startAnotherCommandService("command-service-2");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.stop(Duration.ofSeconds(20));
        }
        if (system != null) {
            system.close();
        }
    }

    @Test
    void decisionsRacingThroughTwoInstancesAreEachStoredOnceOrRefusedWithAConflict() throws Exception {
        String partnership = form();
        List<String> instances = List.of(system.commandService.baseUri().toString(), second.baseUri().toString());

        List<SentCommand> sent = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(2 * CLIENTS_PER_INSTANCE);
        try {
            List<Future<List<SentCommand>>> loops = IntStream.range(0, 2 * CLIENTS_PER_INSTANCE)
                    .mapToObj(client -> clients.submit(() -> decide(instances.get(client % 2), partnership)))
                    .toList();
            for (Future<List<SentCommand>> loop : loops) {
                sent.addAll(loop.get());
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(retriedRaces(system.commandService) + retriedRaces(second)).as("races decided again")
                .isPositive();
        LedgerChecker checker = new LedgerChecker(system.postgres.jdbcUrl("partnerledger_command"),
                system.postgres.jdbcUrl("partnerledger_query"));
        checker.storeMatches(sent);
        await().atMost(Duration.ofMinutes(1)).untilAsserted(checker::readModelsMatchTheStore);
    }

    private String form() {
        Http.Response formed = http.post(system.commandUrl("/api/partnerships"), """
                {"name": "Two instances", "coordinator": "abc",
                 "vision": {"statement": "Decide together", "goals": []},
                 "partners": [{"id": "abc", "name": "ABC"}, {"id": "rcsd", "name": "Schools"}]}""");
        assertThat(formed.status()).isEqualTo(201);
        return formed.read("$.partnershipId");
    }

    private List<SentCommand> decide(String instance, String partnership) {
        List<SentCommand> sent = new ArrayList<>();
        String path = "/api/partnerships/" + partnership + "/decisions";
        for (int i = 0; i < DECISIONS_PER_CLIENT; i++) {
            String key = UUID.randomUUID().toString();
            String body = """
                    {"title": "Decision %s", "rationale": "Raced", "decidedBy": ["abc"]}""".formatted(key);
            Http.Response response = http.post(instance + path, body, key);
            assertThat(response.status() == 201 || response.status() == 409
                    && "CONCURRENT_MODIFICATION".equals(response.read("$.code")))
                    .as("a created decision or a conflict, not %s", response).isTrue();
            CommandOutcome outcome = CommandOutcome.of(response.status());
            sent.add(new SentCommand(key, "coordinator", "POST", path, body, outcome, partnership));
        }
        return sent;
    }

    private double retriedRaces(ServiceProcess instance) {
        Http.Response metric = admin.get(instance.baseUri().resolve("/actuator/metrics/partnerledger.command.retries")
                .toString());
        assertThat(metric.status()).isEqualTo(200);
        return metric.<Double>read("$.measurements[0].value");
    }
}
