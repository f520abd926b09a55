package org.partnerledger.query.funder;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.occurredAt;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.grant;
import static org.partnerledger.query.funder.MarkedEvents.marker;

/**
 * What funders are answered, on the real service fed from the topic: with every event type published, each of its
 * free-text fields marked, no marker of anything private reaches any funder answer (the view, the CSV reports, the
 * PDF reports read back), while the markers of what funders may see do.
 */
class FunderViewOnRealServerTest extends RunningQueryService {

    enum Kind { FOR_FUNDERS, PRIVATE }

    /** Every published type, declared: a type added to the events fails here until it is. */
    private static final Map<String, Kind> TYPES = Map.ofEntries(
            Map.entry("PartnershipFormed", Kind.FOR_FUNDERS), Map.entry("PurposeStated", Kind.FOR_FUNDERS),
            Map.entry("VisionRevised", Kind.FOR_FUNDERS), Map.entry("PartnerAdmitted", Kind.FOR_FUNDERS),
            Map.entry("PartnerWithdrawn", Kind.FOR_FUNDERS), Map.entry("MetricProposed", Kind.FOR_FUNDERS),
            Map.entry("MetricActivated", Kind.FOR_FUNDERS), Map.entry("MetricRetired", Kind.FOR_FUNDERS),
            Map.entry("MetricTargetSet", Kind.FOR_FUNDERS), Map.entry("MetricTargetAmended", Kind.FOR_FUNDERS),
            Map.entry("MeasurementRecorded", Kind.FOR_FUNDERS), Map.entry("MeasurementCorrected", Kind.FOR_FUNDERS),
            Map.entry("MilestoneCelebrated", Kind.FOR_FUNDERS), Map.entry("SuccessDisseminated", Kind.FOR_FUNDERS),
            Map.entry("GrantRecorded", Kind.FOR_FUNDERS), Map.entry("StoryShared", Kind.FOR_FUNDERS),
            Map.entry("StoryConsentRecorded", Kind.FOR_FUNDERS), Map.entry("StoryConsentWithdrawn", Kind.FOR_FUNDERS),
            Map.entry("AgreementSigned", Kind.FOR_FUNDERS), Map.entry("AgreementReviewed", Kind.FOR_FUNDERS),
            Map.entry("AgreementAmended", Kind.FOR_FUNDERS), Map.entry("AgreementTerminated", Kind.FOR_FUNDERS),
            Map.entry("MetricEndorsed", Kind.PRIVATE), Map.entry("MetricCollectionDelegated", Kind.PRIVATE),
            Map.entry("ActionAssigned", Kind.PRIVATE), Map.entry("ActionCancelled", Kind.PRIVATE),
            Map.entry("ActionCompleted", Kind.PRIVATE), Map.entry("ActionReassigned", Kind.PRIVATE),
            Map.entry("ActionRescheduled", Kind.PRIVATE), Map.entry("AuditorAccessGranted", Kind.PRIVATE),
            Map.entry("AuditorAccessRevoked", Kind.PRIVATE), Map.entry("CheckInRecorded", Kind.PRIVATE),
            Map.entry("ConflictEscalated", Kind.PRIVATE), Map.entry("ConflictLadderAgreed", Kind.PRIVATE),
            Map.entry("ConflictLogged", Kind.PRIVATE), Map.entry("ConflictReopened", Kind.PRIVATE),
            Map.entry("ConflictResolved", Kind.PRIVATE), Map.entry("CoordinatorAppointed", Kind.PRIVATE),
            Map.entry("DecisionRecorded", Kind.PRIVATE), Map.entry("DecisionSuperseded", Kind.PRIVATE),
            Map.entry("LessonRecorded", Kind.PRIVATE), Map.entry("MeetingCadenceSet", Kind.PRIVATE),
            Map.entry("MeetingCancelled", Kind.PRIVATE), Map.entry("MeetingRescheduled", Kind.PRIVATE),
            Map.entry("MeetingScheduled", Kind.PRIVATE), Map.entry("MinutesAmended", Kind.PRIVATE),
            Map.entry("MinutesApproved", Kind.PRIVATE), Map.entry("MinutesCorrected", Kind.PRIVATE),
            Map.entry("MinutesRecorded", Kind.PRIVATE), Map.entry("PartnerAssetRecorded", Kind.PRIVATE),
            Map.entry("PartnerAssetWithdrawn", Kind.PRIVATE), Map.entry("PartnershipConcluded", Kind.PRIVATE),
            Map.entry("ProgressReportIssued", Kind.PRIVATE), Map.entry("RaciAreaDefined", Kind.PRIVATE),
            Map.entry("RaciRolesAssigned", Kind.PRIVATE), Map.entry("ReviewInstrumentAdopted", Kind.PRIVATE),
            Map.entry("ReviewRatingsSubmitted", Kind.PRIVATE), Map.entry("ReviewRoundClosed", Kind.PRIVATE),
            Map.entry("ReviewRoundOpened", Kind.PRIVATE), Map.entry("VisionReaffirmed", Kind.PRIVATE),
            Map.entry("VisionRevisitIntervalSet", Kind.PRIVATE));
    /** The fields funders are shown as they stand now: their markers must reach them. */
    private static final Set<String> SHOWN = Set.of(marker("PartnershipFormed", "name"),
            marker("PartnershipFormed", "partners.name"), marker("PurposeStated", "purpose"),
            marker("VisionRevised", "vision.statement"), marker("VisionRevised", "vision.goals"),
            marker("PartnerAdmitted", "partner.name"), marker("MetricProposed", "name"),
            marker("MetricProposed", "definition"), marker("MetricProposed", "indicator.framework"),
            marker("MetricProposed", "indicator.frameworkVersion"), marker("MetricProposed", "indicator.code"),
            marker("MilestoneCelebrated", "title"), marker("MilestoneCelebrated", "achievement"),
            marker("SuccessDisseminated", "title"), marker("SuccessDisseminated", "link"),
            marker("GrantRecorded", "funderName"), marker("GrantRecorded", "grantNumber"),
            marker("StoryShared", "title"), marker("StoryShared", "narrative"), marker("AgreementSigned", "title"));
    /** Fields funders may be shown that later events replaced: they may reach them, they need not. */
    private static final Set<String> REPLACED = Set.of(marker("PartnershipFormed", "purpose"),
            marker("PartnershipFormed", "vision.statement"), marker("PartnershipFormed", "vision.goals"));

    @Test
    void everyPublishedTypeIsDeclaredForFundersOrPrivate() {
        assertThat(TYPES.keySet()).containsExactlyInAnyOrderElementsOf(PartnershipEventsTopic.typeNames());
    }

    @Test
    void noFunderAnswerHoldsAnythingPrivateAndEachHoldsWhatFundersMaySee() throws Exception {
        UUID id = UUID.randomUUID();
        MarkedEvents marked = new MarkedEvents(id);
        List<PartnershipEvent> stream = marked.stream();
        publish(id, stream);

        String answers = String.join("\n", everyFunderAnswer(id));
        String joined = answers.replaceAll("\\s+", "");

        Set<String> leaked = marked.markers().stream()
                .filter(marker -> !SHOWN.contains(marker) && !REPLACED.contains(marker))
                .filter(marker -> answers.contains(marker) || joined.contains(marker))
                .collect(Collectors.toSet());
        assertThat(leaked).as("private markers in funder answers").isEmpty();
        assertThat(marked.markers()).containsAll(SHOWN);
        assertThat(SHOWN).allSatisfy(marker -> assertThat(joined).contains(marker));
        assertThat(marked.markers()).anySatisfy(marker -> assertThat(marker).startsWith("SECRET_ConflictLogged_"));
    }

    @Test
    void aStoryIsShownOnlyWhileItsConsentForTheFunderViewHoldsAndWithdrawalRemovesIt() throws Exception {
        UUID id = UUID.randomUUID();
        String told = UUID.randomUUID().toString();
        String expired = UUID.randomUUID().toString();
        String otherChannel = UUID.randomUUID().toString();
        List<PartnershipEvent> events = new ArrayList<>(List.of(formed(id), grant(id),
                story(id, told, "Told"), story(id, expired, "Expired"), story(id, otherChannel, "Public only"),
                consent(id, told, List.of("FUNDER_VIEW"), LocalDate.now().plusYears(1)),
                consent(id, expired, List.of("FUNDER_VIEW"), LocalDate.now().minusDays(2)),
                consent(id, otherChannel, List.of("PUBLIC_REPORT"), LocalDate.now().plusYears(1))));
        publish(id, events);

        assertThat(storyTitles(id)).containsExactly("Told");

        events.add(new StoryConsentWithdrawnEvent(id.toString(), told, "Changed her mind"));
        KAFKA.publish(producerRecord(events.get(events.size() - 1), events.size() - 1));
        awaitProjected(id, events.size() - 1);

        assertThat(storyTitles(id)).isEmpty();
    }

    @Test
    void thePdfReportsReadBackWithTheirTextAndTheCsvReportsParseBack() throws Exception {
        UUID id = UUID.randomUUID();
        publish(id, new MarkedEvents(id).stream());

        try (PDDocument impact = pdf(id, "/impact-report.pdf?from=2027-01-01&to=2027-12-31")) {
            String text = new PDFTextStripper().getText(impact);
            assertThat(impact.getNumberOfPages()).isBetween(1, 5);
            assertThat(text).contains("Impact report", "Vision", "Shared metrics", "Milestones", "Stories",
                    "2027-Q1");
        }
        try (PDDocument documentation = pdf(id, "/documentation.pdf")) {
            assertThat(documentation.getNumberOfPages()).isEqualTo(1);
            assertThat(new PDFTextStripper().getText(documentation)).contains("Purpose", "Partners", "Agreements",
                    "MOU", "COMMUNITY_BASED", "2026-06-01");
        }

        List<List<String>> impact = csv(get(id, "/impact-report.csv?from=2027-01-01&to=2027-03-31",
                TestCaller.FUNDER));
        assertThat(impact.get(0)).containsExactly(FunderCsv.IMPACT_HEADER);
        assertThat(impact).hasSize(2);
        Map<String, String> row = row(impact, 1);
        assertThat(row).containsEntry("period", "2027-Q1").containsEntry("measure_kind", "BETTER_OFF")
                .containsEntry("target", "10").containsEntry("actual", "10").containsEntry("served", "3")
                .containsEntry("indicator_code", marker("MetricProposed", "indicator.code"));
        assertThat(csv(get(id, "/impact-report.csv?from=2028-01-01", TestCaller.FUNDER))).hasSize(1);

        List<List<String>> documentation = csv(get(id, "/documentation.csv", TestCaller.AUDITOR));
        assertThat(documentation).extracting(cells -> cells.get(1))
                .containsExactly("section", "PARTNERSHIP", "PURPOSE", "PARTNER", "PARTNER", "AGREEMENT");
        assertThat(row(documentation, 5)).containsEntry("kind", "MOU").containsEntry("signed_on",
                LocalDate.ofInstant(occurredAt(11), ZoneOffset.UTC).toString());
    }

    @Test
    void fundersOfAnotherPartnershipAreToldItDoesNotExistAndMembersMayNotSeeTheFunderView() throws Exception {
        UUID funded = UUID.randomUUID();
        UUID unfunded = UUID.randomUUID();
        publish(funded, List.of(formed(funded), grant(funded)));
        publish(unfunded, List.of(formed(unfunded)));

        assertThat(status(unfunded, "/funder-view", TestCaller.FUNDER)).isEqualTo(404);
        assertThat(status(unfunded, "/impact-report.pdf", TestCaller.FUNDER)).isEqualTo(404);
        assertThat(status(funded, "/funder-view", TestCaller.FUNDER)).isEqualTo(200);
        assertThat(status(funded, "/funder-view", TestCaller.MEMBER)).isEqualTo(403);
        assertThat(status(funded, "/impact-report.csv", TestCaller.OTHER_MEMBER)).isEqualTo(403);
        assertThat(status(funded, "/funder-view", TestCaller.COORDINATOR)).isEqualTo(200);
        assertThat(status(funded, "/impact-report.csv?from=2027-02-01&to=2027-01-01", TestCaller.FUNDER))
                .isEqualTo(400);
        assertThat(status(funded, "/impact-report.pdf?from=yesterday", TestCaller.FUNDER)).isEqualTo(400);
        assertThat(readAs(TestCaller.FUNDER.bearer(), "/api/partnerships/" + funded + "/funder-view").getBody()
                .path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aFunderIsListedThePartnershipsItFundsAndNoOtherWhileOthersAreNotListedAny() throws Exception {
        UUID funded = UUID.randomUUID();
        UUID unfunded = UUID.randomUUID();
        publish(funded, List.of(formed(funded), grant(funded)));
        publish(unfunded, List.of(formed(unfunded)));

        List<String> listed = readAs(TestCaller.FUNDER.bearer(), "/api/funded-partnerships").getBody()
                .findValuesAsText("partnershipId");

        assertThat(listed).contains(funded.toString()).doesNotContain(unfunded.toString());
        assertThat(readAs(TestCaller.COORDINATOR.bearer(), "/api/funded-partnerships").getStatusCode().value())
                .isEqualTo(403);
    }

    private List<String> everyFunderAnswer(UUID id) throws IOException {
        List<String> answers = new ArrayList<>();
        answers.add(readAs(TestCaller.FUNDER.bearer(), "/api/funded-partnerships").getBody().toString());
        answers.add(text(get(id, "/funder-view", TestCaller.FUNDER)));
        answers.add(text(get(id, "/impact-report.csv", TestCaller.FUNDER)));
        answers.add(text(get(id, "/documentation.csv", TestCaller.FUNDER)));
        for (String path : List.of("/impact-report.pdf", "/documentation.pdf")) {
            try (PDDocument document = pdf(id, path)) {
                answers.add(new PDFTextStripper().getText(document));
            }
        }
        return answers;
    }

    private void publish(UUID id, List<PartnershipEvent> events) throws Exception {
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int sequence = 0; sequence < events.size(); sequence++) {
            records.add(producerRecord(events.get(sequence), sequence));
        }
        KAFKA.publish(records.toArray(ProducerRecord[]::new));
        awaitProjected(id, events.size() - 1);
    }

    private List<String> storyTitles(UUID id) {
        List<String> titles = new ArrayList<>();
        readAs(TestCaller.FUNDER.bearer(), "/api/partnerships/" + id + "/funder-view").getBody().path("stories")
                .forEach(story -> titles.add(story.path("title").asText()));
        return titles;
    }

    private PDDocument pdf(UUID id, String path) throws IOException {
        ResponseEntity<byte[]> answer = get(id, path, TestCaller.FUNDER);
        assertThat(answer.getHeaders().getContentType()).hasToString("application/pdf");
        assertThat(answer.getHeaders().getFirst(FunderController.VERSION_HEADER)).isNotBlank();
        return Loader.loadPDF(answer.getBody());
    }

    private ResponseEntity<byte[]> get(UUID id, String path, TestCaller caller) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, caller.bearer());
        ResponseEntity<byte[]> answer = rest.exchange("/api/partnerships/" + id + path, HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
        return answer;
    }

    private int status(UUID id, String path, TestCaller caller) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.AUTHORIZATION, caller.bearer());
        return rest.exchange("/api/partnerships/" + id + path, HttpMethod.GET, new HttpEntity<>(headers),
                byte[].class).getStatusCode().value();
    }

    private static String text(ResponseEntity<byte[]> answer) {
        return new String(answer.getBody(), StandardCharsets.UTF_8);
    }

    private static List<List<String>> csv(ResponseEntity<byte[]> answer) {
        return CsvReader.parse(text(answer));
    }

    private static Map<String, String> row(List<List<String>> table, int index) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int column = 0; column < table.get(0).size(); column++) {
            row.put(table.get(0).get(column), table.get(index).get(column));
        }
        return row;
    }

    private static StorySharedEvent story(UUID id, String storyId, String title) {
        return new StorySharedEvent(id.toString(), storyId, title, "A family's year", "abc");
    }

    private static StoryConsentRecordedEvent consent(UUID id, String storyId, List<String> channels,
                                                     LocalDate expiresOn) {
        return new StoryConsentRecordedEvent(id.toString(), storyId, "ANONYMOUS", channels, expiresOn, false, false,
                LocalDate.now().minusDays(40));
    }
}
