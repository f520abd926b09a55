package org.partnerledger.infra.endtoend;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may do what, on the real system with tokens of the real identity provider (docs/security.md): the history of
 * a partnership gives the demo users their standing in it, both services hold them to it, and the history names who
 * did each thing.
 */
class PartnershipAccessIT extends AgainstTheRunningSystem {

    private static final String DECISION = """
            {"title": "Share attendance data", "rationale": "Both need it", "decidedBy": ["abc", "rcsd"]}""";

    private final Http coordinator = system.as("coordinator");
    private final Http memberOfRcsd = system.as("member-rcsd");

    @Test
    void thePartnershipsHistoryDecidesWhoMayDoWhatAndNamesWhoDidIt() {
        Http.Response formed = coordinator.post(system.commandUrl("/api/partnerships"), """
                {"name": "Rochester Working Families", "coordinator": "abc",
                 "vision": {"statement": "Every working family reaches a living wage", "goals": ["200 jobs"]},
                 "partners": [{"id": "abc", "name": "Action for a Better Community"},
                              {"id": "rcsd", "name": "Rochester City School District"}]}""");
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        String base = "/api/partnerships/" + formed.<String>read("$.partnershipId");

        Http.Response decided = memberOfRcsd.post(system.commandUrl(base + "/decisions"), DECISION);
        assertThat(decided.status()).as("a member records a decision rcsd takes part in: %s", decided.body())
                .isEqualTo(201);
        Http.Response defined = memberOfRcsd.post(system.commandUrl(base + "/raci-areas"), """
                {"name": "Training", "description": "Job training for parents"}""");
        assertProblem(defined, 403, "FORBIDDEN");

        Http anyone = Http.anonymous();
        assertUnauthenticated(anyone.post(system.commandUrl(base + "/decisions"), DECISION));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Http.Response shown = coordinator.get(system.queryUrl(base));
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.<Integer>read("$.version")).isEqualTo(1);
        });
        for (String outsider : List.of("funder", "auditor")) {
            assertProblem(system.as(outsider).get(system.queryUrl(base)), 404, "PARTNERSHIP_NOT_FOUND");
        }
        assertUnauthenticated(anyone.get(system.queryUrl(base)));

        Http.Response history = coordinator.get(system.queryUrl(base + "/history"));
        assertThat(history.<List<String>>read("$.events[*].type"))
                .containsExactly("PartnershipFormed", "DecisionRecorded");
        assertThat(history.<List<String>>read("$.events[*].actor")).containsExactly(
                system.user("coordinator").subject(), system.user("member-rcsd").subject());
        assertThat(history.<List<String>>read("$.events[*].actorRole")).containsExactly("coordinator", "member");
    }

    private static void assertUnauthenticated(Http.Response response) {
        assertProblem(response, 401, "UNAUTHENTICATED");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    private static void assertProblem(Http.Response response, int status, String code) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.<String>read("$.code")).isEqualTo(code);
    }
}
