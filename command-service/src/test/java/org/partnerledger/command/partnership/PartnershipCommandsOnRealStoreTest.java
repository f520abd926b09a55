package org.partnerledger.command.partnership;

import com.jayway.jsonpath.JsonPath;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.command.partnership.PartnershipFixtures.fromCoordinator;

class PartnershipCommandsOnRealStoreTest extends RunningCommandService {

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private CommandGateway commands;

    @Test
    void theFiveCommandsStoreFiveEventsInStreamOrderWithTheirActor() {
        String id = formPartnership();

        ResponseEntity<String> decided = post("/api/partnerships/" + id + "/decisions", """
                {"title": "Meet monthly", "rationale": "Time for the work", "decidedBy": ["abc", "rcsd"]}""");
        String decisionId = JsonPath.read(decided.getBody(), "$.decisionId");
        ResponseEntity<String> assigned = post("/api/partnerships/" + id + "/actions", """
                {"title": "Draft the MOU", "responsible": "abc", "accountable": "rcsd", "dueDate": "%s",
                 "consulted": ["rcsd"], "decisionId": "%s"}""".formatted(LocalDate.now().plusDays(30), decisionId));
        ResponseEntity<String> logged = post("/api/partnerships/" + id + "/conflicts", """
                {"subject": "Data sharing", "description": "No agreement yet", "parties": ["abc", "rcsd"],
                 "severity": "HIGH"}""");
        ResponseEntity<String> revised = put("/api/partnerships/" + id + "/vision", """
                {"statement": "Every family in the county", "goals": ["300 jobs"], "rationale": "County joined"}""",
                null);

        assertThat(decided.getStatusCode().value()).isEqualTo(201);
        assertThat(JsonPath.<Integer>read(decided.getBody(), "$.version")).isEqualTo(1);
        assertThat(JsonPath.<Integer>read(assigned.getBody(), "$.version")).isEqualTo(2);
        assertThat(JsonPath.<String>read(assigned.getBody(), "$.actionId")).hasSize(36);
        assertThat(JsonPath.<Integer>read(logged.getBody(), "$.version")).isEqualTo(3);
        assertThat(revised.getStatusCode().value()).isEqualTo(200);
        assertThat(JsonPath.<Integer>read(revised.getBody(), "$.revision")).isEqualTo(2);
        assertThat(JsonPath.<Integer>read(revised.getBody(), "$.version")).isEqualTo(4);
        assertThat(jdbc.sql("""
                        SELECT payload_type FROM domain_event_entry
                        WHERE aggregate_identifier = ? ORDER BY sequence_number""")
                .param(id).query(String.class).list())
                .containsExactly("org.partnerledger.events.PartnershipFormedEvent",
                        "org.partnerledger.events.DecisionRecordedEvent",
                        "org.partnerledger.events.ActionAssignedEvent",
                        "org.partnerledger.events.ConflictLoggedEvent",
                        "org.partnerledger.events.VisionRevisedEvent");
        Map<String, Object> metaData = jdbc.sql("""
                        SELECT convert_from(meta_data, 'UTF8')::jsonb ->> 'actor' AS actor,
                               convert_from(meta_data, 'UTF8')::jsonb ->> 'actorRole' AS role,
                               convert_from(meta_data, 'UTF8')::jsonb ->> 'actorOrganisation' AS organisation,
                               convert_from(meta_data, 'UTF8')::jsonb ->> 'commandId' AS command
                        FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = 1""")
                .param(id).query().singleRow();
        assertThat(metaData).containsEntry("actor", TestCaller.COORDINATOR.subject())
                .containsEntry("role", "coordinator")
                .containsEntry("organisation", TestCaller.COORDINATOR.organisationId());
        assertThat(metaData.get("command")).isNotNull();
    }

    @Test
    void aCommandForAnUnknownPartnershipIsNotFoundAndStoresNothing() {
        String unknown = UUID.randomUUID().toString();

        ResponseEntity<String> response = post("/api/partnerships/" + unknown + "/decisions", """
                {"title": "Meet monthly", "rationale": "Why", "decidedBy": ["abc"]}""");

        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(JsonPath.<String>read(response.getBody(), "$.code")).isEqualTo("PARTNERSHIP_NOT_FOUND");
        assertThat(eventsOf(unknown)).isZero();
    }

    @Test
    void aRuleTheAggregateRefusesIsUnprocessableAndStoresNothing() {
        String id = formPartnership();

        ResponseEntity<String> response = post("/api/partnerships/" + id + "/conflicts", """
                {"subject": "Data", "description": "Details", "parties": ["abc", "county"], "severity": "LOW"}""");

        assertRefused(response, 422, "PARTNER_UNKNOWN");
        assertThat(eventsOf(id)).isEqualTo(1);
    }

    @Test
    void aRevisionBasedOnAStaleVersionIsRefusedAndStoresNothing() {
        String id = formPartnership();
        recordDecision(id);

        ResponseEntity<String> response = put("/api/partnerships/" + id + "/vision", """
                {"statement": "Another vision", "goals": [], "rationale": "Because"}""", "\"0\"");

        assertRefused(response, 409, "VERSION_CONFLICT");
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void aRevisionBasedOnTheCurrentVersionIsAccepted() {
        String id = formPartnership();

        ResponseEntity<String> response = put("/api/partnerships/" + id + "/vision", """
                {"statement": "Another vision", "goals": [], "rationale": "Because"}""", "\"0\"");

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void anActionCanOnlyFollowUpADecisionOfItsOwnPartnership() {
        String deciding = formPartnership();
        String other = formPartnership();
        String decisionId = recordDecision(deciding);

        ResponseEntity<String> response = post("/api/partnerships/" + other + "/actions", """
                {"title": "Draft the MOU", "responsible": "abc", "accountable": "rcsd", "dueDate": "%s",
                 "decisionId": "%s"}""".formatted(LocalDate.now().plusDays(30), decisionId));

        assertRefused(response, 422, "DECISION_UNKNOWN");
        assertThat(eventsOf(other)).isEqualTo(1);
    }

    @Test
    void aDecisionThatCannotBeRecordedFailsItsCommandAndStoresNoEvent() {
        String id = formPartnership();
        String decisionId = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO partnership_decision (partnership_id, decision_id) VALUES (?, ?)")
                .params(id, decisionId).update();

        assertThatThrownBy(() -> commands.sendAndWait(fromCoordinator(new RecordDecisionCommand(id, null, decisionId,
                "Meet monthly", "Why", List.of("abc"))))).isInstanceOf(DuplicateKeyException.class);

        assertThat(eventsOf(id)).isEqualTo(1);
    }

    private String formPartnership() {
        ResponseEntity<String> formed = post("/api/partnerships", """
                {"name": "Working Families",
                 "vision": {"statement": "Every family reaches a living wage", "goals": ["200 jobs"]},
                 "partners": [{"id": "abc", "name": "Action for a Better Community"},
                              {"id": "rcsd", "name": "City Schools"}],
                 "coordinator": "abc"}""");
        assertThat(formed.getStatusCode().value()).isEqualTo(201);
        String id = JsonPath.read(formed.getBody(), "$.partnershipId");
        assertThat(formed.getHeaders().getLocation()).hasToString("/api/partnerships/" + id);
        assertThat(JsonPath.<Integer>read(formed.getBody(), "$.version")).isZero();
        return id;
    }

    private String recordDecision(String partnershipId) {
        return JsonPath.read(post("/api/partnerships/" + partnershipId + "/decisions", """
                {"title": "Meet monthly", "rationale": "Why", "decidedBy": ["abc"]}""").getBody(), "$.decisionId");
    }

    private static void assertRefused(ResponseEntity<String> response, int status, String code) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(JsonPath.<String>read(response.getBody(), "$.code")).isEqualTo(code);
    }

    private long eventsOf(String partnershipId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(partnershipId).query(Long.class).single();
    }

    private ResponseEntity<String> post(String path, String json) {
        return http.postForEntity(url(path), new HttpEntity<>(json, jsonHeaders(null)), String.class);
    }

    private ResponseEntity<String> put(String path, String json, String ifMatch) {
        return http.exchange(url(path), HttpMethod.PUT, new HttpEntity<>(json, jsonHeaders(ifMatch)), String.class);
    }

    private static HttpHeaders jsonHeaders(String ifMatch) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (ifMatch != null) {
            headers.set(HttpHeaders.IF_MATCH, ifMatch);
        }
        return headers;
    }
}
