package org.partnerledger.infra.endtoend;

import org.junit.jupiter.api.Test;
import org.partnerledger.infra.launcher.demo.DemoSeed;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ./run --demo}'s seed against the running system: both demo partnerships recorded through the public API as
 * the demo users, every command accepted, and what a newcomer then sees: the coordinator's portfolio with health
 * for every practice and a mix of statuses, the funder's page with a year of measurements and stories, the auditor's
 * and the members' lists. Seeding again finds both and appends nothing.
 */
class DemoSeedIT extends AgainstTheRunningSystem {

    private static final List<String> PRACTICES = List.of("COMMUNICATION", "SHARED_VISION", "ROLES",
            "MEETING_CADENCE", "CONFLICT_PROCESS", "AGREEMENTS", "SHARED_METRICS", "REPORTING", "STORIES",
            "CELEBRATING_WINS", "CONTINUOUS_EVALUATION");


    @Test
    void theDemoIsSeededOnceAndShowsEveryPracticeToEachDemoUser() {
        DemoSeed.Outcome first = seed();
        System.out.printf("Demo seeded: %d commands, %d events in %d ms%n", first.commands(), first.eventsAppended(),
                first.took().toMillis());
        assertThat(first.partnerships()).extracting(DemoSeed.Seeded::skipped).containsExactly(false, false);
        first.partnerships().forEach(seeded -> awaitVersion(seeded.partnershipId(), seeded.version()));

        Http coordinator = system.as("coordinator");
        Http.Response portfolio = coordinator.get(system.queryUrl("/api/portfolio?sort=name&order=asc"));
        assertThat(portfolio.<List<String>>read("$.partnerships[*].name"))
                .containsExactly("Rochester Working Families", "SHINE Rochester supportive housing pilot");
        for (int i = 0; i < 2; i++) {
            assertThat(portfolio.<Map<String, String>>read("$.partnerships[" + i + "].practices"))
                    .containsOnlyKeys(PRACTICES);
        }
        assertThat(portfolio.<List<String>>read("$.partnerships[*].overall")).doesNotContain("HEALTHY");
        assertThat(portfolio.<List<String>>read("$.partnerships[*].practices.*"))
                .contains("HEALTHY", "AT_RISK", "NEGLECTED");

        String workforce = first.partnerships().get(0).partnershipId();
        assertTheDashboardIsFull(coordinator, workforce);
        assertTheFunderSeesTheFunderView(workforce);
        assertThat(system.as("auditor").get(system.queryUrl("/api/partnerships")).<List<String>>read("$[*].name"))
                .hasSize(2);
        assertThat(system.as("member-rcsd").get(system.queryUrl("/api/partnerships"))
                .<List<String>>read("$[*].name")).containsExactly("Rochester Working Families");

        DemoSeed.Outcome second = seed();
        assertThat(second.partnerships()).extracting(DemoSeed.Seeded::skipped).containsExactly(true, true);
        assertThat(second.partnerships()).extracting(DemoSeed.Seeded::partnershipId)
                .containsExactlyElementsOf(first.partnerships().stream().map(DemoSeed.Seeded::partnershipId).toList());
        for (DemoSeed.Seeded seeded : first.partnerships()) {
            assertNothingWasAppendedSince(seeded);
        }
    }

    private static DemoSeed.Outcome seed() {
        return new DemoSeed(URI.create(system.commandUrl("/")), URI.create(system.queryUrl("/")),
                system.issuer()).seed();
    }

    private static void assertTheDashboardIsFull(Http coordinator, String partnership) {
        Http.Response dashboard = coordinator.get(system.queryUrl("/api/partnerships/" + partnership + "/dashboard"));
        assertThat(dashboard.<Integer>read("$.vision.revision")).isEqualTo(2);
        assertThat(dashboard.<Integer>read("$.actions.completed")).isEqualTo(3);
        assertThat(dashboard.<Double>read("$.actions.onTimeCompletionRate")).isBetween(0.5, 0.9);
        assertThat(dashboard.<Integer>read("$.actions.open") + dashboard.<Integer>read("$.actions.overdue"))
                .isEqualTo(5);
        assertThat(dashboard.<Integer>read("$.conflicts.open")).isZero();
        assertThat(dashboard.<String>read("$.meetings.cadence")).isEqualTo("MONTHLY");
        assertThat(dashboard.<List<String>>read("$.agreementsDueForReview[*].title"))
                .containsExactly("Student and parent data sharing agreement");
        assertThat(dashboard.<List<Object>>read("$.metrics")).hasSize(3);
        assertThat(dashboard.<List<Object>>read("$.milestones")).hasSize(3);
        Http.Response reviews = coordinator.get(system.queryUrl("/api/partnerships/" + partnership + "/reviews"));
        assertThat(reviews.<List<Object>>read("$.rounds")).hasSize(2);
        assertThat(reviews.<List<Object>>read("$.trends[*].change")).doesNotContainNull();
        Http.Response conflicts = coordinator.get(system.queryUrl("/api/partnerships/" + partnership
                + "/conflict-register"));
        assertThat(conflicts.<List<Integer>>read("$.conflicts[*].stepsClimbed")).containsExactly(2, 0);
    }

    private static void assertTheFunderSeesTheFunderView(String partnership) {
        Http.Response view = system.as("funder").get(system.queryUrl("/api/partnerships/" + partnership
                + "/funder-view"));
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.<List<String>>read("$.metrics[*].name")).contains("Parents placed in living-wage jobs");
        assertThat(view.<List<Object>>read("$.metrics[?(@.name == 'Parents placed in living-wage jobs')]"
                + ".periods[?(@.actual != null)]")).hasSize(12);
        assertThat(view.<List<String>>read("$.stories[*].title"))
                .containsExactlyInAnyOrder("Tanisha's first paycheck", "From night classes to a welding certificate");
        assertThat(view.<List<String>>read("$.grants[*].funderName")).contains("Working Families Fund");
        assertThat(view.<List<Object>>read("$.milestones")).hasSize(3);
    }

    /** The command side's next version is the seed's last plus one: the second seed appended nothing. */
    private static void assertNothingWasAppendedSince(DemoSeed.Seeded seeded) {
        Http.Response checkIn = system.as("coordinator").post(system.commandUrl("/api/partnerships/"
                + seeded.partnershipId() + "/check-ins"), """
                {"partners": ["abc", "county"], "occurredOn": "%s", "channel": "PHONE", "note": "After the demo"}"""
                .formatted(LocalDate.now(ZoneOffset.UTC)));
        assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(201);
        assertThat(checkIn.<Integer>read("$.version")).isEqualTo((int) seeded.version() + 1);
    }

    private static void awaitVersion(String partnership, long version) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Http.Response shown = system.as("coordinator").get(system.queryUrl("/api/partnerships/" + partnership));
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.<Integer>read("$.version")).isEqualTo((int) version);
        });
    }
}
