package org.partnerledger.command.partnership;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class IdempotentCommandsTest extends RunningCommandService {

    private static final String FORM = """
            {"name": "Working Families", "vision": {"statement": "A living wage", "goals": []},
             "partners": [{"id": "abc", "name": "ABC"}], "coordinator": "abc"}""";

    @Autowired
    private TestRestTemplate http;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void aRetryWithTheSameKeyGetsTheFirstResponseAndStoresNothingNew() {
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> first = post("/api/partnerships", FORM, key);
        ResponseEntity<String> retry = post("/api/partnerships", FORM, key);

        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        assertThat(retry.getBody()).isEqualTo(first.getBody());
        assertThat(retry.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(eventsOf(JsonPath.read(first.getBody(), "$.partnershipId"))).isEqualTo(1);
    }

    @Test
    void concurrentRetriesWithTheSameKeyStoreTheDecisionOnce() {
        String id = JsonPath.read(post("/api/partnerships", FORM, null).getBody(), "$.partnershipId");
        String key = UUID.randomUUID().toString();
        String decision = """
                {"title": "Meet monthly", "rationale": "Why", "decidedBy": ["abc"]}""";

        var responses = IntStream.range(0, 4)
                .mapToObj(attempt -> CompletableFuture.supplyAsync(
                        () -> post("/api/partnerships/" + id + "/decisions", decision, key)))
                .map(CompletableFuture::join).toList();

        assertThat(responses).allSatisfy(response -> assertThat(response.getStatusCode().value()).isEqualTo(201));
        assertThat(responses).extracting(ResponseEntity::getBody).containsOnly(responses.get(0).getBody());
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void theSameKeyOnADifferentRequestIsRefusedAndStoresNothing() {
        String id = JsonPath.read(post("/api/partnerships", FORM, null).getBody(), "$.partnershipId");
        String key = UUID.randomUUID().toString();
        post("/api/partnerships/" + id + "/decisions", """
                {"title": "Meet monthly", "rationale": "Why", "decidedBy": ["abc"]}""", key);

        ResponseEntity<String> reused = post("/api/partnerships/" + id + "/decisions", """
                {"title": "Meet weekly", "rationale": "Why", "decidedBy": ["abc"]}""", key);

        assertThat(reused.getStatusCode().value()).isEqualTo(422);
        assertThat(JsonPath.<String>read(reused.getBody(), "$.code")).isEqualTo("IDEMPOTENCY_KEY_REUSED");
        assertThat(eventsOf(id)).isEqualTo(2);
    }

    @Test
    void aRefusedCommandRecordsNoOutcomeSoTheKeyStaysFree() {
        String id = JsonPath.read(post("/api/partnerships", FORM, null).getBody(), "$.partnershipId");
        String key = UUID.randomUUID().toString();

        ResponseEntity<String> refused = post("/api/partnerships/" + id + "/decisions", """
                {"title": "Meet", "rationale": "Why", "decidedBy": ["county"]}""", key);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM idempotent_command WHERE idempotency_key = ?").param(key)
                .query(Long.class).single()).isZero();
    }

    private long eventsOf(String partnershipId) {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?")
                .param(partnershipId).query(Long.class).single();
    }

    private ResponseEntity<String> post(String path, String json, String idempotencyKey) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            headers.set("Idempotency-Key", idempotencyKey);
        }
        return http.postForEntity(url(path), new HttpEntity<>(json, headers), String.class);
    }
}
