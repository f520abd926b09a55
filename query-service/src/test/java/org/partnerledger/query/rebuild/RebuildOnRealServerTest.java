package org.partnerledger.query.rebuild;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.query.fixtures.TestBroker;
import org.partnerledger.query.fixtures.TestDatabase;
import org.partnerledger.query.fixtures.TopicClients;
import org.partnerledger.web.testing.SignedInAsCoordinator;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.stream;

/**
 * A rebuild on the real service, broker and database (ADR 18): the rebuilt tables equal the live ones, the views
 * answer throughout, and the live read models go on projecting on the new tables. Unlike {@link RunningQueryService}
 * this service has a database and live consumer groups of its own, fed from the whole shared topic: rows that other
 * classes alter in the shared database on purpose (a ledger in an earlier shape) would rightly count as differing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SignedInAsCoordinator.class)
class RebuildOnRealServerTest {

    private static final TopicClients KAFKA = new TopicClients(TestBroker.bootstrapServers());
    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DATABASE = TestDatabase.createJdbcUrl();

    private static final String ADMIN = TestCaller.ADMIN.bearer();
    private static final int EVENTS = 13;

    private final List<UUID> partnerships = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

    @Autowired
    private TestRestTemplate rest;
    @Autowired
    private JdbcClient jdbc;

    @DynamicPropertySource
    static void aDatabaseAndConsumerGroupsOfItsOwn(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", TestBroker::bootstrapServers);
        registry.add("spring.datasource.url", () -> DATABASE);
        registry.add("partnerledger.kafka.group-prefix", () -> "rebuild-test");
        registry.add("partnerledger.kafka.partitions", () -> 1);
        registry.add("partnerledger.kafka.retry.initial-interval", () -> "100ms");
        registry.add("partnerledger.kafka.retry.max-interval", () -> "1s");
    }

    @BeforeAll
    static void theCommandSideHasCreatedTheTopic() throws Exception {
        KAFKA.createTopicIfMissing();
    }

    @AfterAll
    static void closeTheTopicClients() {
        KAFKA.close();
    }

    @Test
    void theRebuiltReadModelsEqualTheLiveOnesAndTakeTheirPlace() throws Exception {
        for (UUID partnership : partnerships) {
            List<PartnershipEvent> events = stream(partnership, EVENTS);
            for (int sequence = 0; sequence < events.size(); sequence++) {
                KAFKA.publish(producerRecord(events.get(sequence), sequence));
            }
        }
        partnerships.forEach(partnership -> awaitProjected(partnership, EVENTS - 1));
        Map<String, List<String>> before = readModelRows();
        List<Long> auditEntries = auditEntries();
        await().atMost(PATIENCE).until(() -> !running(progress()));

        ResponseEntity<JsonNode> started = send(HttpMethod.POST, ADMIN);
        ResponseEntity<JsonNode> view = readAs(TestCaller.COORDINATOR.bearer(),
                "/api/partnerships/" + partnerships.get(0) + "/dashboard");

        assertThat(started.getStatusCode().value()).isEqualTo(202);
        assertThat(started.getBody().path("state").asText()).isEqualTo("REBUILDING");
        assertThat(view.getStatusCode().value()).isEqualTo(200);
        JsonNode done = await().atMost(PATIENCE).until(this::progress, progress -> !running(progress));
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("differingRows").size()).isPositive();
        done.path("differingRows").forEach(rows -> assertThat(rows.asLong()).as(done.toString()).isZero());
        assertThat(done.path("eventsDone").asLong()).isGreaterThanOrEqualTo(partnerships.size() * (long) EVENTS);
        assertThat(readModelRows()).isEqualTo(before);
        assertThat(auditEntries()).containsAll(auditEntries);
        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/partnerships/" + partnerships.get(1))
                .getStatusCode().value()).isEqualTo(200);

        KAFKA.publish(producerRecord(decision(partnerships.get(2), UUID.randomUUID()), EVENTS));
        awaitProjected(partnerships.get(2), EVENTS);
    }

    @Test
    void onlyAdminsMayRebuildOrFollowOne() {
        for (TestCaller caller : TestCaller.values()) {
            if (caller != TestCaller.ADMIN) {
                assertThat(send(HttpMethod.GET, caller.bearer()).getStatusCode().value()).isEqualTo(403);
                assertThat(send(HttpMethod.POST, caller.bearer()).getStatusCode().value()).isEqualTo(403);
            }
        }
    }

    private JsonNode progress() {
        ResponseEntity<JsonNode> answer = send(HttpMethod.GET, ADMIN);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }

    private static boolean running(JsonNode progress) {
        return List.of("REBUILDING", "SWITCHING").contains(progress.path("state").asText());
    }

    private ResponseEntity<JsonNode> send(HttpMethod method, String bearer) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        return rest.exchange("/api/admin/rebuild", method, new HttpEntity<>(headers), JsonNode.class);
    }

    /** Every read-model table's rows of this test's partnerships, each as its JSON, in order. */
    private Map<String, List<String>> readModelRows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : jdbc.sql("""
                        select table_name from information_schema.tables
                         where table_schema = 'public' and table_type = 'BASE TABLE'
                           and table_name not in ('flyway_schema_history', 'audit_log', 'person_profile')
                         order by table_name""")
                .query(String.class).list()) {
            rows.put(table, jdbc.sql("select to_jsonb(t)::text from " + table
                            + " t where partnership_id::text in (:ids) order by 1")
                    .param("ids", partnerships.stream().map(UUID::toString).toList())
                    .query(String.class).list());
        }
        return rows;
    }

    private ResponseEntity<JsonNode> readAs(String bearer, String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, bearer);
        return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private void awaitProjected(UUID partnershipId, long version) {
        await().atMost(PATIENCE).until(() -> jdbc.sql("""
                        select count(*) = :readModels and bool_and(version = :version) from read_model_positions
                         where partnership_id = :id""")
                .param("readModels", RunningQueryService.READ_MODELS)
                .param("id", partnershipId)
                .param("version", version)
                .query(Boolean.class).single());
    }

    private List<Long> auditEntries() {
        return jdbc.sql("select id from audit_log order by id").query(Long.class).list();
    }
}
