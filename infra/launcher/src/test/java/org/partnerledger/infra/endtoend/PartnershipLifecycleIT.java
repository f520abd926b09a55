package org.partnerledger.infra.endtoend;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton as a user meets it: the five commands of the API sent over HTTP to the real command-service by
 * the demo coordinator, signed in at the real identity provider, and their effects read back from the real
 * query-service, through the real PostgreSQL and Kafka in between.
 */
class PartnershipLifecycleIT extends AgainstTheRunningSystem {

    private final Http http = system.as("coordinator");

    @Test
    void theFiveCommandsShowInEveryViewOfTheQuerySideInStreamOrder() {
        Http.Response formed = http.post(system.commandUrl("/api/partnerships"), """
                {"name": "Rochester Working Families", "coordinator": "abc",
                 "vision": {"statement": "Every working family reaches a living wage", "goals": ["200 jobs"]},
                 "partners": [{"id": "abc", "name": "Action for a Better Community"},
                              {"id": "rcsd", "name": "Rochester City School District"}]}""");
        assertThat(formed.status()).isEqualTo(201);
        String id = formed.read("$.partnershipId");
        String base = "/api/partnerships/" + id;

        Http.Response decided = http.post(system.commandUrl(base + "/decisions"), """
                {"title": "Meet monthly", "rationale": "Time for the work", "decidedBy": ["abc", "rcsd"]}""");
        String decisionId = decided.read("$.decisionId");
        Http.Response assigned = http.post(system.commandUrl(base + "/actions"), """
                {"title": "Draft the MOU", "responsible": "abc", "accountable": "rcsd", "dueDate": "%s",
                 "consulted": ["rcsd"], "decisionId": "%s"}""".formatted(LocalDate.now().plusDays(30), decisionId));
        Http.Response logged = http.post(system.commandUrl(base + "/conflicts"), """
                {"subject": "Data sharing", "description": "No agreement on <b>student</b> records yet",
                 "parties": ["abc", "rcsd"], "severity": "HIGH"}""");
        Http.Response revised = http.put(system.commandUrl(base + "/vision"), """
                {"statement": "Every working family in the county reaches a living wage",
                 "goals": ["300 jobs", "2 childcare hubs"], "rationale": "The county joined"}""");
        assertThat(List.of(decided.status(), assigned.status(), logged.status(), revised.status()))
                .containsExactly(201, 201, 201, 200);
        assertThat(revised.<Integer>read("$.version")).isEqualTo(4);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Http.Response shown = http.get(system.queryUrl(base));
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.<Integer>read("$.version")).isEqualTo(4);
        });

        Http.Response summary = http.get(system.queryUrl(base));
        assertThat(summary.<String>read("$.name")).isEqualTo("Rochester Working Families");
        assertThat(summary.<String>read("$.vision.statement"))
                .isEqualTo("Every working family in the county reaches a living wage");
        assertThat(summary.<Integer>read("$.vision.revision")).isEqualTo(2);
        assertThat(summary.<List<String>>read("$.partners[*].id")).containsExactly("abc", "rcsd");
        assertThat(summary.<Integer>read("$.decisions.total")).isEqualTo(1);
        assertThat(summary.<Map<String, Integer>>read("$.actions"))
                .containsEntry("open", 1).containsEntry("overdue", 0).containsEntry("completed", 0);
        assertThat(summary.<Map<String, Integer>>read("$.conflicts"))
                .containsEntry("open", 1).containsEntry("resolved", 0);
        assertThat(summary.<String>read("$.lastActivityAt")).isNotBlank();

        assertThat(http.get(system.queryUrl("/api/partnerships")).<List<String>>read("$[*].partnershipId"))
                .contains(id);
        assertThat(http.get(system.queryUrl(base + "/decisions")).<List<String>>read("$[*].decisionId"))
                .containsExactly(decisionId);
        Http.Response actions = http.get(system.queryUrl(base + "/actions"));
        assertThat(actions.<List<String>>read("$[*].actionId")).containsExactly(assigned.<String>read("$.actionId"));
        assertThat(actions.<List<String>>read("$[*].status")).containsExactly("OPEN");
        Http.Response conflicts = http.get(system.queryUrl(base + "/conflicts"));
        assertThat(conflicts.<List<String>>read("$[*].conflictId")).containsExactly(logged.<String>read("$.conflictId"));
        assertThat(conflicts.<List<String>>read("$[*].description"))
                .containsExactly("No agreement on <b>student</b> records yet");

        Http.Response history = http.get(system.queryUrl(base + "/history"));
        assertThat(history.<List<Integer>>read("$.events[*].sequence")).containsExactly(0, 1, 2, 3, 4);
        assertThat(history.<List<String>>read("$.events[*].type")).containsExactly("PartnershipFormed",
                "DecisionRecorded", "ActionAssigned", "ConflictLogged", "VisionRevised");
        assertThat(history.<List<String>>read("$.events[*].actor"))
                .containsOnly(system.user("coordinator").subject());
        assertThat(history.<List<String>>read("$.events[*].occurredAt")).allSatisfy(at -> assertThat(at).isNotBlank());
        assertThat(history.<String>read("$.events[1].data.title")).isEqualTo("Meet monthly");
        assertThat(history.<List<String>>read("$.events[4].data.vision.goals"))
                .containsExactly("300 jobs", "2 childcare hubs");
        assertThat(http.get(system.queryUrl(base + "/history?after=2&limit=1")).<List<Integer>>read(
                "$.events[*].sequence")).containsExactly(3);
    }

    /** Probes and client generators carry no token. */
    @Test
    void bothServicesReportHealthAndDescribeThemselvesToAnyone() {
        Http anyone = Http.anonymous();
        for (String url : List.of(system.commandUrl("/actuator/health"), system.queryUrl("/actuator/health"))) {
            assertThat(anyone.get(url).<String>read("$.status")).isEqualTo("UP");
        }
        assertThat(anyone.get(system.commandUrl("/v3/api-docs")).<Map<String, Object>>read("$.paths"))
                .containsKeys("/api/partnerships", "/api/partnerships/{partnershipId}/decisions");
        assertThat(anyone.get(system.queryUrl("/v3/api-docs")).<Map<String, Object>>read("$.paths").keySet())
                .anyMatch(path -> path.matches("/api/partnerships/\\{\\w+}/history"));
    }
}
