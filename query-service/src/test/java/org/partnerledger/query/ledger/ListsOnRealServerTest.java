package org.partnerledger.query.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.ResponseEntity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.occurredAt;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

/**
 * The lists on the real service, fed from the topic: each now, and as of an earlier instant folded from the history
 * (a decision recorded, a measurement recorded and then corrected, the vision revised).
 */
class ListsOnRealServerTest extends RunningQueryService {

    private static final List<String> LISTS = List.of("raci", "decision-log", "conflict-register",
            "action-register", "meetings", "agreements", "metrics", "stories", "lessons", "assets", "vision-history");

    @Test
    void everyListAnswersWithTheVersionItReflects() throws Exception {
        UUID id = published();

        for (String list : LISTS) {
            JsonNode now = list(id, list, "");
            assertThat(now.path("version").asLong()).as(list).isEqualTo(5);
            assertThat(now.path("stale").asBoolean()).as(list).isFalse();
            assertThat(list(id, list, "?atVersion=0").path("version").asLong()).as(list).isZero();
        }
    }

    @Test
    void theMetricsNowShowTheCorrectionAndAsOfBeforeItTheValueRecorded() throws Exception {
        UUID id = published();

        JsonNode now = list(id, "metrics", "").path("metrics").get(0).path("series").get(0);
        JsonNode before = list(id, "metrics", "?asOf=" + occurredAt(3).plusSeconds(1)).path("metrics").get(0)
                .path("series").get(0);

        assertThat(now.path("value").decimalValue()).isEqualByComparingTo("48");
        assertThat(now.path("original").decimalValue()).isEqualByComparingTo("45");
        assertThat(now.path("corrections").get(0).path("reason").asText()).isEqualTo("Three files came late");
        assertThat(before.path("value").decimalValue()).isEqualByComparingTo("45");
        assertThat(before.path("corrections")).isEmpty();
    }

    @Test
    void theVisionHistoryNowDiffsTheRevisionsAndAsOfBeforeTheRevisionKnowsOnlyTheFirst() throws Exception {
        UUID id = published();
        Instant beforeRevision = occurredAt(4).plusSeconds(1);

        JsonNode now = list(id, "vision-history", "?from=1&to=2");
        JsonNode then = list(id, "vision-history", "?asOf=" + beforeRevision);
        ResponseEntity<JsonNode> unknownThen = readAs(TestCaller.COORDINATOR.bearer(), "/api/partnerships/" + id
                + "/vision-history?from=1&to=2&asOf=" + beforeRevision);

        assertThat(now.path("revisions")).hasSize(2);
        assertThat(now.path("diff").path("statement").findValuesAsText("op")).contains("EQUAL", "DELETE", "INSERT");
        assertThat(then.path("revisions")).hasSize(1);
        assertThat(unknownThen.getStatusCode().value()).isEqualTo(400);
        assertThat(unknownThen.getBody().path("code").asText()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void theDecisionLogIsSearchedAndRefusesADateThatIsNone() throws Exception {
        UUID id = published();

        assertThat(list(id, "decision-log", "?q=TUESDAY&partner=rcsd").path("decisions")).hasSize(1);
        assertThat(list(id, "decision-log", "?superseded=true").path("decisions")).isEmpty();
        assertThat(list(id, "decision-log", "?asOf=" + occurredAt(0).plusSeconds(1)).path("decisions")).isEmpty();
        ResponseEntity<JsonNode> refused = readAs(TestCaller.MEMBER.bearer(), "/api/partnerships/" + id
                + "/decision-log?from=yesterday");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("INVALID_PARAMETER");
    }

    private UUID published() throws Exception {
        UUID id = UUID.randomUUID();
        String metric = UUID.randomUUID().toString();
        KAFKA.publish(producerRecord(formed(id), 0), producerRecord(decision(id, UUID.randomUUID()), 1),
                producerRecord(new MetricProposedEvent(id.toString(), metric, "Adults placed", "In a job 90 days",
                        "INDIVIDUALS", BigDecimal.ZERO, BigDecimal.valueOf(200), LocalDate.of(2027, 12, 31), "UP",
                        "abc", "Case files", "QUARTERLY", "BETTER_OFF", null), 2),
                producerRecord(new MeasurementRecordedEvent(id.toString(), UUID.randomUUID().toString(), metric,
                        "2026-Q1", BigDecimal.valueOf(45), null, null, "abc"), 3),
                producerRecord(new MeasurementCorrectedEvent(id.toString(), UUID.randomUUID().toString(), metric,
                        "2026-Q1", BigDecimal.valueOf(48), null, null, "Three files came late"), 4),
                producerRecord(visionRevised(id, 2), 5));
        awaitProjected(id, 5);
        return id;
    }

    private JsonNode list(UUID id, String list, String query) {
        ResponseEntity<JsonNode> answer = readAs(TestCaller.COORDINATOR.bearer(),
                "/api/partnerships/" + id + "/" + list + query);
        assertThat(answer.getStatusCode().value()).as(list + query + " " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }
}
