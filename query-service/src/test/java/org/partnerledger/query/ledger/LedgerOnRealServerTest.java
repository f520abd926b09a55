package org.partnerledger.query.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.action;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

/**
 * The dashboard and the health on the real service, fed from the topic: the live view, the view of its last version
 * folded from the history, and the view as of an earlier instant; a client waiting for its own write.
 */
class LedgerOnRealServerTest extends RunningQueryService {

    @Test
    void theLiveDashboardIsTheDashboardFoldedFromTheHistoryUpToNow() throws Exception {
        UUID id = published();
        Instant now = Instant.now();

        JsonNode live = dashboard(id, "");
        JsonNode past = dashboard(id, "?asOf=" + now);

        assertThat(live.path("version").asLong()).isEqualTo(3);
        assertThat(live.path("actions").path("open").asLong()).isEqualTo(1);
        assertThat(live.path("decisions").path("total").asLong()).isEqualTo(1);
        assertThat(live.path("vision").path("revision").asInt()).isEqualTo(2);
        assertThat(withoutInstant(past)).isEqualTo(withoutInstant(live));
    }

    @Test
    void aDashboardOfAnEarlierVersionIsThePartnershipAsItWasThen() throws Exception {
        UUID id = published();

        JsonNode formedOnly = dashboard(id, "?atVersion=0");

        assertThat(formedOnly.path("version").asLong()).isZero();
        assertThat(formedOnly.path("decisions").path("total").asLong()).isZero();
        assertThat(formedOnly.path("vision").path("revision").asInt()).isEqualTo(1);
    }

    @Test
    void beforeItWasFormedAPartnershipIsNotFoundAndTheFutureIsNotAsked() throws Exception {
        UUID id = published();

        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/partnerships/" + id
                + "/dashboard?asOf=2000-01-01T00:00:00Z").getStatusCode().value()).isEqualTo(404);
        ResponseEntity<JsonNode> future = readAs(TestCaller.COORDINATOR.bearer(), "/api/partnerships/" + id
                + "/health?asOf=2999-01-01T00:00:00Z");
        assertThat(future.getStatusCode().value()).isEqualTo(400);
        assertThat(future.getBody().path("code").asText()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void aClientWaitingForAVersionNotYetArrivedIsAnsweredWithWhatThereIsAndToldSo() throws Exception {
        UUID id = published();

        JsonNode reached = dashboard(id, "?minVersion=3");
        JsonNode waited = dashboard(id, "?minVersion=4");

        assertThat(reached.path("stale").asBoolean()).isFalse();
        assertThat(waited.path("stale").asBoolean()).isTrue();
        assertThat(waited.path("version").asLong()).isEqualTo(3);
    }

    @Test
    void theHealthNamesEveryPracticeOfTheGuideWithItsEvidence() throws Exception {
        UUID id = published();

        JsonNode health = readAs(TestCaller.OTHER_MEMBER.bearer(), "/api/partnerships/" + id + "/health").getBody();

        assertThat(health.path("practices")).hasSize(11);
        assertThat(health.path("practices").findValuesAsText("practice")).contains("SHARED_VISION",
                "MEETING_CADENCE", "CONFLICT_PROCESS", "CONTINUOUS_EVALUATION");
        assertThat(health.path("practices").get(0).path("evidence")).isNotEmpty();
    }

    @Test
    void aLedgerStoredInAnEarlierShapeIsFoldedAgainFromTheHistory() throws Exception {
        UUID id = published();
        JsonNode before = dashboard(id, "");
        jdbc.sql("""
                        update ledger_state set shape = shape - 1,
                               state = jsonb_build_object('partnershipId', partnership_id::text, 'version', version)
                         where partnership_id = :id""").param("id", id).update();

        JsonNode after = dashboard(id, "");

        assertThat(withoutInstant(after)).isEqualTo(withoutInstant(before));
    }

    private UUID published() throws Exception {
        UUID id = UUID.randomUUID();
        KAFKA.publish(producerRecord(formed(id), 0), producerRecord(decision(id, UUID.randomUUID()), 1),
                producerRecord(action(id, UUID.randomUUID(), LocalDate.now().plusDays(30), null), 2),
                producerRecord(visionRevised(id, 2), 3));
        awaitProjected(id, 3);
        return id;
    }

    private JsonNode dashboard(UUID id, String query) {
        ResponseEntity<JsonNode> answer = readAs(TestCaller.COORDINATOR.bearer(),
                "/api/partnerships/" + id + "/dashboard" + query);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    /** The instant a view is for differs by the moments between two requests; the figures must not. */
    private static JsonNode withoutInstant(JsonNode view) {
        ObjectNode copy = view.deepCopy();
        copy.remove("asOf");
        ((ObjectNode) copy.path("vision")).remove("daysSinceRevisit");
        ((ObjectNode) copy.path("meetings")).remove("since");
        return copy;
    }
}
