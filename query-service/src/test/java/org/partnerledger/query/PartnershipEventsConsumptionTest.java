package org.partnerledger.query;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.query.fixtures.RefusedInserts;
import org.partnerledger.query.projection.ReadModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerledger.query.fixtures.EventRecords.headers;
import static org.partnerledger.query.fixtures.EventRecords.occurredAt;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.action;
import static org.partnerledger.query.fixtures.SampleEvents.conflict;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;
import static org.partnerledger.query.fixtures.TopicClients.header;

/**
 * The service as deployed, against a real broker and a real database. A partnership shows once its access has
 * arrived too (a consumer of its own), so every read waits for an answer rather than for the first.
 */
class PartnershipEventsConsumptionTest extends RunningQueryService {

    /** The one consumer group of every read model (ADR 22). */
    private static final String READ_MODELS = "query-read-models";

    @Autowired
    private List<ReadModel> readModels;

    /** The projector reads where each read model stands from the view, by name (ADR 24): one left out would stall. */
    @Test
    void everyReadModelStandsInThePositionsViewUnderItsName() throws Exception {
        UUID partnership = UUID.randomUUID();

        KAFKA.publish(producerRecord(formed(partnership), 0));

        awaitProjected(partnership, 0);
        assertThat(jdbc.sql("select read_model from read_model_positions where partnership_id = :id")
                .param("id", partnership).query(String.class).list())
                .containsExactlyInAnyOrderElementsOf(readModels.stream().map(ReadModel::name).toList());
    }

    @Test
    void publishedEventsShowOnTheDashboardAndInTheHistory() throws Exception {
        UUID partnership = UUID.randomUUID();
        UUID decision = UUID.randomUUID();

        KAFKA.publish(producerRecord(formed(partnership), 0), producerRecord(decision(partnership, decision), 1),
                producerRecord(action(partnership, UUID.randomUUID(), LocalDate.of(2000, 1, 3), decision), 2),
                producerRecord(action(partnership, UUID.randomUUID(), LocalDate.of(2999, 12, 31), null), 3),
                producerRecord(conflict(partnership, UUID.randomUUID()), 4),
                producerRecord(visionRevised(partnership, 2), 5));

        JsonNode dashboard = awaitVersion("/api/partnerships/{id}", partnership, 5);
        assertThat(dashboard.at("/vision/revision").asInt()).isEqualTo(2);
        assertThat(dashboard.at("/decisions/total").asInt()).isEqualTo(1);
        assertThat(dashboard.at("/actions/open").asInt()).isEqualTo(1);
        assertThat(dashboard.at("/actions/overdue").asInt()).isEqualTo(1);
        assertThat(dashboard.at("/conflicts/open").asInt()).isEqualTo(1);
        assertThat(dashboard.get("lastActivityAt").asText()).isEqualTo(occurredAt(5).toString());
        assertThat(get("/api/partnerships/{id}/actions", partnership).getBody().findValuesAsText("status"))
                .containsExactly("OVERDUE", "OPEN");
        assertThat(get("/api/partnerships/{id}/decisions", partnership).getBody().at("/0/decisionId").asText())
                .isEqualTo(decision.toString());

        JsonNode history = awaitVersion("/api/partnerships/{id}/history", partnership, 5);
        assertThat(history.get("events").findValuesAsText("type")).containsExactly("PartnershipFormed",
                "DecisionRecorded", "ActionAssigned", "ActionAssigned", "ConflictLogged", "VisionRevised");
        assertThat(history.at("/events/1/data/title").asText()).isEqualTo("Meet monthly on the first Tuesday");
    }

    @Test
    void poisonGoesToTheDeadLetterTopicWithItsExceptionWhileLaterRecordsStillProject() throws Exception {
        UUID partnership = UUID.randomUUID();
        String notJson = UUID.randomUUID().toString();
        String unknownType = UUID.randomUUID().toString();
        String schemaViolating = UUID.randomUUID().toString();

        KAFKA.publishToOnePartition(producerRecord(formed(partnership), 0),
                poison(notJson, "{\"partnershipId\":", headers("PartnershipFormed", notJson, 0)),
                poison(unknownType, "{}", headers("PartnershipDissolved", unknownType, 0)),
                poison(schemaViolating, "{\"partnershipId\":\"%s\",\"name\":42}".formatted(schemaViolating),
                        headers("PartnershipFormed", schemaViolating, 0)),
                producerRecord(decision(partnership, UUID.randomUUID()), 1));

        awaitVersion("/api/partnerships/{id}", partnership, 1);
        awaitVersion("/api/partnerships/{id}/history", partnership, 1);
        assertThat(get("/api/partnerships/{id}", UUID.fromString(schemaViolating)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(KAFKA.committedOffsets(READ_MODELS)).isEqualTo(KAFKA.endOffsets()));
        List<ConsumerRecord<String, byte[]>> deadLetters = KAFKA.deadLetters(3, PATIENCE);
        assertThat(deadLetters).allSatisfy(deadLetter -> {
            assertThat(header(deadLetter, "kafka_dlt-exception-fqcn")).isNotBlank();
            assertThat(header(deadLetter, "kafka_dlt-exception-message")).contains("unreadable record");
            assertThat(header(deadLetter, "kafka_dlt-exception-stacktrace")).contains("UnreadableEventException");
            assertThat(header(deadLetter, PartnershipEventsTopic.EVENT_TYPE)).isNotBlank();
        });
        assertThat(deadLetters).allSatisfy(deadLetter ->
                assertThat(header(deadLetter, "kafka_dlt-original-consumer-group")).isEqualTo(READ_MODELS));
        assertThat(deadLetters).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(notJson, unknownType, schemaViolating);
    }

    @Test
    void aRecordThatFailsForAReasonThatPassesHoldsEveryReadModelBackAndIsRetriedUntilItProjects() throws Exception {
        UUID partnership = UUID.randomUUID();
        UUID decision = UUID.randomUUID();

        try (RefusedInserts refused = RefusedInserts.ofLedger(jdbc, partnership, 1)) {
            KAFKA.publish(producerRecord(formed(partnership), 0), producerRecord(decision(partnership, decision), 1));

            await().atMost(PATIENCE).until(refused::count, count -> count >= 2);
            assertThat(get("/api/partnerships/{id}/decisions", partnership).getBody().findValuesAsText("decisionId"))
                    .isEmpty();
            assertThat(get("/api/partnerships/{id}/history", partnership).getBody().path("version").asLong(-1))
                    .isLessThan(1);
        }

        awaitVersion("/api/partnerships/{id}/history", partnership, 1);
        awaitVersion("/api/partnerships/{id}", partnership, 1);
        assertThat(get("/api/partnerships/{id}/decisions", partnership).getBody().at("/0/decisionId").asText())
                .isEqualTo(decision.toString());
    }

    @Test
    void theServiceReportsItsHealthAndDescribesItsEndpoints() {
        assertThat(get("/actuator/health", null).getBody().get("status").asText()).isEqualTo("UP");
        assertThat(get("/v3/api-docs", null).getBody().get("paths").fieldNames()).toIterable().contains(
                "/api/partnerships", "/api/partnerships/{partnershipId}",
                "/api/partnerships/{partnershipId}/decisions", "/api/partnerships/{partnershipId}/actions",
                "/api/partnerships/{partnershipId}/conflicts", "/api/partnerships/{partnershipId}/history",
                "/api/partnerships/{partnershipId}/audit-log", "/api/audit-log", "/api/people/{subject}");
    }

    @Test
    void noStatementHoldsAConnectionForMoreThanFiveSeconds() {
        assertThat(jdbc.sql("show statement_timeout").query(String.class).single()).isEqualTo("5s");
    }

    private JsonNode awaitVersion(String path, UUID partnership, long version) {
        return await().atMost(PATIENCE).until(() -> get(path, partnership),
                response -> response.getStatusCode().is2xxSuccessful()
                        && response.getBody().get("version").asLong() == version).getBody();
    }

    private ResponseEntity<JsonNode> get(String path, UUID partnership) {
        return rest.getForEntity(path, JsonNode.class, partnership == null ? Map.of() : Map.of("id", partnership));
    }

    private static ProducerRecord<String, byte[]> poison(String key, String value, Headers headers) {
        return producerRecord(key, value.getBytes(StandardCharsets.UTF_8), headers);
    }
}
