package org.partnerledger.infra.endtoend;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Real faults injected into real processes while a seeded load runs: after each, every acknowledged command is in
 * the event store exactly once, every refused one nowhere, every unknown one at most once, and every read model holds
 * every stored event exactly once. Replay a failure with {@code -Dfaults.seed=<seed from the report>}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

    private static final long SEED = Long.getLong("faults.seed", System.nanoTime());
    private static final Duration SETTLE = Duration.ofMinutes(3);

    /** Under target, not a temporary directory: the services' logs outlive a failed run. */
    private static final Path ROOT = Path.of("target", "fault-injection", Long.toString(SEED));
    private static RunningSystem system;
    private static LoadGenerator load;
    private static LedgerChecker checker;

    @BeforeAll
    static void start() {
        System.out.println("Fault injection seed: " + SEED);
        system = RunningSystem.startIn(ROOT);
        load = new LoadGenerator(() -> system.commandService.baseUri().toString(), system::user, SEED);
        checker = new LedgerChecker(system.postgres.jdbcUrl("partnerledger_command"),
                system.postgres.jdbcUrl("partnerledger_query"));
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void killingTheCommandServiceMidLoadLosesNoAcknowledgedCommand() throws Exception {
        load.start();
        awaitMoreAcknowledged(30);
        system.commandService.kill();
        system.restart(system.commandService);
        awaitMoreAcknowledged(20);
        load.stop();
        load.retryUnknown();

        assertNothingLostNothingDoubled();
    }

    @Test
    @Order(2)
    void killingTheQueryServiceMidStreamProjectsEveryEventOnce() throws Exception {
        load.start();
        awaitMoreAcknowledged(30);
        system.queryService.kill();
        awaitMoreAcknowledged(10);
        system.restart(system.queryService);
        load.stop();
        load.retryUnknown();

        assertNothingLostNothingDoubled();
    }

    @Test
    @Order(3)
    void aBrokerAwayForThirtySecondsDelaysPublicationButLosesNothing() throws Exception {
        load.start();
        awaitMoreAcknowledged(20);
        system.kafka.stop();
        await().during(Duration.ofSeconds(30)).atMost(Duration.ofSeconds(40))
                .until(() -> system.commandService.isAlive() && system.queryService.isAlive());
        system.kafka.start();
        awaitMoreAcknowledged(20);
        load.stop();
        load.retryUnknown();

        assertNothingLostNothingDoubled();
    }

    @Test
    @Order(4)
    void aDatabaseCrashForTenSecondsLosesNoAcknowledgedCommand() throws Exception {
        load.start();
        awaitMoreAcknowledged(20);
        PostgresCrash.crash(system.postgres);
        await().during(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(20))
                .until(() -> system.commandService.isAlive() && system.queryService.isAlive());
        system.postgres.start();
        awaitMoreAcknowledged(20);
        load.stop();
        load.retryUnknown();

        assertNothingLostNothingDoubled();
    }

    @Test
    @Order(5)
    void aFullRedeliveryFromTheStartOfTheTopicChangesNothing() throws Exception {
        system.queryService.stop(Duration.ofSeconds(30));
        try (Admin admin = kafkaAdmin()) {
            List<String> readModels = queryGroups(admin);
            assertThat(readModels).containsExactly("query-read-models");
            // A consumer that did not say goodbye stays a member until its session times out.
            await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() ->
                    admin.deleteConsumerGroups(readModels).all().get());
        }
        system.restart(system.queryService);

        assertNothingLostNothingDoubled();
    }

    @Test
    @Order(6)
    void poisonGoesToTheDeadLetterTopicOnceAndTheStreamKeepsFlowing() throws Exception {
        Poison poison = new Poison(system.kafka.bootstrapServers());
        List<String> readModels;
        try (Admin admin = kafkaAdmin()) {
            readModels = queryGroups(admin);
        }
        Set<String> injected = poison.inject();
        load.start();
        awaitMoreAcknowledged(20);
        load.stop();
        load.retryUnknown();

        assertNothingLostNothingDoubled();
        await().atMost(SETTLE).untilAsserted(() -> assertThat(poison.deadLettersByGroup())
                .containsOnlyKeys(readModels)
                .allSatisfy((group, positions) -> assertThat(positions).containsExactlyInAnyOrderElementsOf(injected)));
    }

    private static Admin kafkaAdmin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, system.kafka.bootstrapServers()));
    }

    /** The consumer groups of query-service: one, {@code query-read-models}, for every read model (ADR 22). */
    private static List<String> queryGroups(Admin admin) throws Exception {
        return admin.listConsumerGroups().all().get().stream().map(ConsumerGroupListing::groupId)
                .filter(group -> group.startsWith("query-")).sorted().toList();
    }

    private static void awaitMoreAcknowledged(int more) {
        long target = acknowledged() + more;
        await().atMost(SETTLE).until(() -> acknowledged() >= target);
    }

    private static long acknowledged() {
        return load.sent().stream().filter(command -> command.outcome() == CommandOutcome.OK).count();
    }

    private static void assertNothingLostNothingDoubled() {
        assertThat(load.sent()).as("seed %d: outcomes still unknown after retries", SEED)
                .noneMatch(command -> command.outcome() == CommandOutcome.UNKNOWN);
        await().atMost(SETTLE).untilAsserted(() -> {
            checker.storeMatches(load.sent());
            checker.readModelsMatchTheStore();
        });
    }
}
