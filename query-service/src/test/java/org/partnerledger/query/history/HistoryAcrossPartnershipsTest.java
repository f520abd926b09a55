package org.partnerledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.HttpHeaders;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.occurredAt;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.auditorGranted;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/**
 * The history across partnerships and its exports, on the real service: only the partnerships the caller stands
 * in, filtered in SQL, paged by a cursor that neither repeats nor skips an event, exported whole as it is read.
 * Other test classes share the database, so each read here is narrowed to a partner only these partnerships name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HistoryAcrossPartnershipsTest extends RunningQueryService {

    private static final int LONG_HISTORY = 3 * HistoryReads.FETCH_SIZE + 7;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String partner = "p" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final UUID elsewhere = UUID.randomUUID();
    private final UUID audited = UUID.randomUUID();
    private final UUID longOne = UUID.randomUUID();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void partnershipsNamingTheSamePartner() throws Exception {
        KAFKA.createTopicIfMissing();
        publish(first, formed(first, "abc", "abc", partner), decision(first, "abc", partner), action(first, "abc"),
                action(first, partner));
        publish(second, formed(second, "abc", "abc", partner), action(second, partner), decision(second, "abc"));
        publish(elsewhere, formed(elsewhere, "xyz", "xyz", partner), action(elsewhere, partner));
        publish(audited, formed(audited, "xyz", "xyz", partner), auditorGranted(audited), action(audited, partner));
        List<PartnershipEvent> longHistory = new ArrayList<>();
        longHistory.add(formed(longOne, "abc", "abc", partner));
        for (int i = 1; i < LONG_HISTORY; i++) {
            longHistory.add(action(longOne, i % 2 == 0 ? partner : "abc"));
        }
        publish(longOne, longHistory.toArray(PartnershipEvent[]::new));
        awaitProjected(first, 3);
        awaitProjected(second, 2);
        awaitProjected(elsewhere, 1);
        awaitProjected(audited, 2);
        awaitProjected(longOne, LONG_HISTORY - 1);
    }

    @Test
    void pagesWalkEveryEventOfThePartnershipsTheCallerStandsInOnceInOrder() {
        List<String> seen = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            JsonNode page = read(TestCaller.COORDINATOR, "/api/history?limit=2&type=PartnershipFormed,DecisionRecorded"
                    + "&partner=" + partner + (after == null ? "" : "&after=" + after));
            page.get("events").forEach(event -> seen.add(event.get("partnershipId").asText() + "/"
                    + event.get("sequence").asText()));
            after = page.get("next").isNull() ? null : page.get("next").asText();
            pages++;
        } while (after != null);

        assertThat(seen).containsExactly(inOrder(first + "/0", second + "/0", longOne + "/0", first + "/1"));
        assertThat(pages).isEqualTo(2);
    }

    @Test
    void anAuditorSeesOnlyThePartnershipsThatGrantedThemAccess() {
        JsonNode page = read(TestCaller.AUDITOR, "/api/history?partner=" + partner + "&limit=1000");

        assertThat(page.get("events")).extracting(event -> event.get("partnershipId").asText())
                .containsOnly(audited.toString());
        assertThat(page.get("events")).hasSize(2);
    }

    @Test
    void thePartnerFilterFindsTheEventsThatNameThePartnerInAPartnerField() {
        JsonNode events = read(TestCaller.COORDINATOR, "/api/partnerships/" + first + "/history?partner=" + partner)
                .get("events");

        assertThat(events).extracting(event -> event.get("sequence").asLong()).containsExactly(0L, 1L, 3L);
    }

    @Test
    void theTimeFilterTakesFromInclusiveAndToExclusive() {
        JsonNode events = read(TestCaller.COORDINATOR, "/api/partnerships/" + first + "/history?from="
                + occurredAt(1) + "&to=" + occurredAt(3)).get("events");

        assertThat(events).extracting(event -> event.get("sequence").asLong()).containsExactly(1L, 2L);
    }

    @Test
    void theActorFilterFindsTheEventsOfThatSubject() {
        String path = "/api/partnerships/" + first + "/history?actor=";

        assertThat(read(TestCaller.COORDINATOR, path + TestCaller.COORDINATOR.subject()).get("events")).hasSize(4);
        assertThat(read(TestCaller.COORDINATOR, path + TestCaller.MEMBER.subject()).get("events")).isEmpty();
    }

    @Test
    void anUnreadableCursorIsAnInvalidParameter() {
        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/history?after=not-a-cursor").getBody()
                .get("code").asText()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void theJsonLinesExportHoldsEveryEventOfALongHistoryStreamedAsItIsRead() throws Exception {
        HttpResponse<String> export = get("/api/partnerships/" + longOne + "/history/export.jsonl");

        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue(HttpHeaders.CONTENT_LENGTH)).isEmpty();
        assertThat(export.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("application/jsonl");
        String[] lines = export.body().split("\n");
        assertThat(lines).hasSize(LONG_HISTORY);
        for (int i = 0; i < lines.length; i++) {
            assertThat(JSON.readTree(lines[i]).get("sequence").asLong()).isEqualTo(i);
        }
    }

    @Test
    void theCsvExportAcrossPartnershipsHasAHeaderAndOneQuotedRecordPerEvent() throws Exception {
        HttpResponse<String> export = get("/api/history/export.csv?type=DecisionRecorded&partner=" + partner);

        assertThat(export.statusCode()).isEqualTo(200);
        String[] records = export.body().split("\r\n");
        assertThat(records[0]).isEqualTo(String.join(",", HistoryExport.CSV_HEADER));
        assertThat(records).hasSize(2);
        assertThat(records[1]).startsWith(first + ",1,").contains(",DecisionRecorded,")
                .contains(",\"{\"\"").contains("\"\"partnershipId\"\": \"\"" + first + "\"\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path)))
                        .header(HttpHeaders.AUTHORIZATION, TestCaller.COORDINATOR.bearer()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode read(TestCaller caller, String path) {
        var answer = readAs(caller.bearer(), path);
        assertThat(answer.getStatusCode().value()).as(String.valueOf(answer.getBody())).isEqualTo(200);
        return answer.getBody();
    }

    /** Events at one instant come in the order of their partnerships' ids, as PostgreSQL orders UUIDs (unsigned). */
    private String[] inOrder(String... events) {
        return Arrays.stream(events).sorted((one, other) -> {
            int bySequence = Long.compare(sequence(one), sequence(other));
            return bySequence != 0 ? bySequence : one.compareTo(other);
        }).toArray(String[]::new);
    }

    private static long sequence(String event) {
        return Long.parseLong(event.split("/")[1]);
    }

    private static DecisionRecordedEvent decision(UUID partnershipId, String... decidedBy) {
        return new DecisionRecordedEvent(partnershipId.toString(), UUID.randomUUID().toString(), "Meet monthly",
                "Bi-weekly, there was no time for the work", List.of(decidedBy), null, null, null, List.of());
    }

    private static ActionAssignedEvent action(UUID partnershipId, String responsible) {
        return new ActionAssignedEvent(partnershipId.toString(), UUID.randomUUID().toString(), "Draft the MOU",
                responsible, "abc", List.of(), List.of(), LocalDate.of(2027, 6, 30), null);
    }

    @SuppressWarnings("unchecked")
    private static void publish(UUID partnershipId, PartnershipEvent... events) throws Exception {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int sequence = 0; sequence < events.length; sequence++) {
            records.add(producerRecord(events[sequence], sequence));
        }
        KAFKA.publish(records.toArray(ProducerRecord[]::new));
    }
}
