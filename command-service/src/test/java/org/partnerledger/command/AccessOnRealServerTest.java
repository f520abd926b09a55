package org.partnerledger.command;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.web.testing.TestCaller;
import org.partnerledger.web.testing.TestIssuer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side's access control on the real server, store and broker: tokens checked as the issuer signed them,
 * partnerships reachable only by those their history admits, idempotency keys per person, refusals audited.
 */
class AccessOnRealServerTest extends RunningCommandService {

    private static final String FORM = """
            {"name": "Working Families", "vision": {"statement": "A living wage", "goals": []},
             "partners": [{"id": "abc", "name": "ABC"}, {"id": "rcsd", "name": "Schools"}], "coordinator": "abc"}""";
    private static final String DECISION = """
            {"title": "Meet monthly", "rationale": "Why", "decidedBy": ["abc", "rcsd"]}""";
    private static final String AREA = """
            {"name": "Training", "description": "Job training"}""";

    private final HttpClient client = HttpClient.newHttpClient();
    @Autowired
    private JdbcClient jdbc;
    private String partnership;

    @BeforeEach
    void theCoordinatorOfAbcFormsAPartnershipWithRcsd() throws Exception {
        HttpResponse<String> formed = post(TestCaller.COORDINATOR.bearer(), "/api/partnerships", FORM, Map.of());
        assertThat(formed.statusCode()).as(formed.body()).isEqualTo(201);
        partnership = JsonPath.read(formed.body(), "$.partnershipId");
    }

    @Test
    void aMemberOfAPartnerRecordsADecisionItTakesPartInTheMomentThePartnershipIsFormed() throws Exception {
        HttpResponse<String> decided = post(TestCaller.OTHER_MEMBER.bearer(), decisions(), DECISION, Map.of());

        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(201);
    }

    @Test
    void aMemberIsRefusedWhatOnlyTheCoordinatorDoes() throws Exception {
        HttpResponse<String> refused = post(TestCaller.OTHER_MEMBER.bearer(),
                "/api/partnerships/" + partnership + "/raci-areas", AREA, Map.of());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(JsonPath.<String>read(refused.body(), "$.code")).isEqualTo("FORBIDDEN");
    }

    @Test
    void aStrangerHearsExactlyWhatAnUnknownPartnershipAnswers() throws Exception {
        HttpResponse<String> hidden = post(TestCaller.STRANGER.bearer(), decisions(), DECISION, Map.of());
        String unknownId = UUID.randomUUID().toString();
        HttpResponse<String> unknown = post(TestCaller.STRANGER.bearer(), "/api/partnerships/" + unknownId
                + "/decisions", DECISION, Map.of());

        assertThat(hidden.statusCode()).isEqualTo(404);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(hidden.body().replace(partnership, "ID")).isEqualTo(unknown.body().replace(unknownId, "ID"));
    }

    @Test
    void tokensTheIssuerDidNotSignOrNotForPartnerLedgerOrOutOfTheirTimeAreUnauthenticated() throws Exception {
        List<String> tokens = List.of(
                TestIssuer.forged(claims -> claims.subject("x").claim("role", "coordinator")),
                TestIssuer.token(claims -> claims.subject("x").claim("role", "coordinator").audience("elsewhere")),
                TestIssuer.token(claims -> claims.subject("x").claim("role", "coordinator").issuer("http://evil")),
                TestIssuer.token(claims -> claims.subject("x").claim("role", "coordinator")
                        .expirationTime(Date.from(Instant.now().minusSeconds(3600)))),
                TestIssuer.token(claims -> claims.subject("x").claim("role", "coordinator")
                        .notBeforeTime(Date.from(Instant.now().plusSeconds(3600)))),
                "not-a-jwt");

        for (String token : tokens) {
            HttpResponse<String> answer = post("Bearer " + token, "/api/partnerships", FORM, Map.of());
            assertThat(answer.statusCode()).as(token).isEqualTo(401);
            assertThat(JsonPath.<String>read(answer.body(), "$.code")).isEqualTo("UNAUTHENTICATED");
            assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    challenge -> assertThat(challenge).startsWith("Bearer"));
        }
    }

    @Test
    void theSameIdempotencyKeyFromTwoPeopleIsTwoCommands() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "one-key-" + UUID.randomUUID());

        HttpResponse<String> coordinators = post(TestCaller.COORDINATOR.bearer(), decisions(), DECISION, key);
        HttpResponse<String> members = post(TestCaller.OTHER_MEMBER.bearer(), decisions(), DECISION, key);
        HttpResponse<String> membersRetry = post(TestCaller.OTHER_MEMBER.bearer(), decisions(), DECISION, key);

        assertThat(JsonPath.<String>read(members.body(), "$.decisionId"))
                .isNotEqualTo(JsonPath.read(coordinators.body(), "$.decisionId"));
        assertThat(membersRetry.body()).isEqualTo(members.body());
        assertThat(events()).isEqualTo(3);
    }

    @Test
    void anExpiredIdempotencyKeyIsFreeAgain() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "expiring-" + UUID.randomUUID());
        post(TestCaller.COORDINATOR.bearer(), decisions(), DECISION, key);
        jdbc.sql("UPDATE idempotent_command SET stored_at = now() - interval '25 hours' WHERE idempotency_key = ?")
                .param(key.get("Idempotency-Key")).update();

        HttpResponse<String> other = post(TestCaller.COORDINATOR.bearer(), decisions(), """
                {"title": "Meet weekly", "rationale": "Why", "decidedBy": ["abc"]}""", key);

        assertThat(other.statusCode()).as(other.body()).isEqualTo(201);
        assertThat(events()).isEqualTo(3);
    }

    @Test
    void refusalsAreAuditedWithWhoAndWhatButNoBody() throws Exception {
        post(TestCaller.OTHER_MEMBER.bearer(), "/api/partnerships/" + partnership + "/raci-areas", AREA, Map.of());
        post(TestCaller.STRANGER.bearer(), decisions(), DECISION, Map.of());

        List<Map<String, Object>> entries = jdbc.sql("""
                        SELECT subject, role, status, code, path FROM audit_log
                        WHERE partnership_id = ? ORDER BY id""").param(partnership).query().listOfRows();
        assertThat(entries).extracting(entry -> entry.get("subject") + " " + entry.get("role") + " "
                + entry.get("status") + " " + entry.get("code")).containsExactly(
                TestCaller.OTHER_MEMBER.subject() + " member 403 FORBIDDEN",
                TestCaller.STRANGER.subject() + " coordinator 404 PARTNERSHIP_NOT_FOUND");
        assertThat(entries).allSatisfy(entry -> assertThat(entry.get("path").toString()).doesNotContain("Training"));
    }

    @Test
    void anAuditorTheCoordinatorAdmittedReadsThePartnershipsAuditLog() throws Exception {
        String audit = "/api/partnerships/" + partnership + "/audit-log";
        assertThat(get(TestCaller.AUDITOR.bearer(), audit).statusCode()).isEqualTo(404);
        post(TestCaller.STRANGER.bearer(), decisions(), DECISION, Map.of());

        post(TestCaller.COORDINATOR.bearer(), "/api/partnerships/" + partnership + "/auditors",
                "{\"organisationId\": \"" + TestCaller.AUDITOR.organisationId() + "\"}", Map.of());
        HttpResponse<String> log = get(TestCaller.AUDITOR.bearer(), audit);

        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThat(JsonPath.<List<String>>read(log.body(), "$[*].subject")).contains(TestCaller.STRANGER.subject());
    }

    @Test
    void healthIsOpenAndTheRestOfTheActuatorIsForAdmins() throws Exception {
        assertThat(client.send(HttpRequest.newBuilder(URI.create(url("/actuator/health"))).build(),
                BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        assertThat(get(null, "/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(get(TestCaller.COORDINATOR.bearer(), "/actuator/metrics").statusCode()).isEqualTo(403);
        assertThat(get(TestCaller.ADMIN.bearer(), "/actuator/metrics").statusCode()).isEqualTo(200);
    }

    @Test
    void answersCarryTheSecurityHeadersAndTheCorrelationId() throws Exception {
        HttpResponse<String> decided = post(TestCaller.COORDINATOR.bearer(), decisions(), DECISION,
                Map.of("X-Correlation-Id", "minutes-7"));

        assertThat(decided.headers().firstValue("X-Correlation-Id")).hasValue("minutes-7");
        assertThat(decided.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'");
        assertThat(decided.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(decided.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(decided.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void browsersMayCallOnlyFromTheConfiguredOrigins() throws Exception {
        assertThat(preflight("http://localhost:8082").headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://localhost:8082");
        assertThat(preflight("https://evil.example").statusCode()).isEqualTo(403);
    }

    private String decisions() {
        return "/api/partnerships/" + partnership + "/decisions";
    }

    private long events() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(partnership).query(Long.class).single();
    }

    private HttpResponse<String> post(String authorization, String path, String body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", "application/json").POST(BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String authorization, String path) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path)));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private HttpResponse<String> preflight(String origin) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url(decisions())))
                .method("OPTIONS", BodyPublishers.noBody())
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                BodyHandlers.ofString());
    }
}
