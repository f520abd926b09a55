package org.partnerledger.infra.endtoend;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One partnership year as the demo coordinator records it over HTTP, signed in at the real identity provider, every
 * practice of the guide in turn, through the real command-service, PostgreSQL and Kafka to the real query-service:
 * formed with its purpose, roles in a RACI matrix, a monthly cadence, a meeting whose minutes record decisions and
 * actions, actions completed and rescheduled, a conflict escalated and resolved, an MOU reviewed, a metric endorsed
 * by every partner and measured, a story with consent, a review, the vision revisited, and the partnership concluded.
 */
class PartnershipYearIT extends AgainstTheRunningSystem {

    private final Http http = system.as("coordinator");
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private String base;

    @Test
    void aWholeYearOfPracticeIsRecordedAndShowsInTheHistoryInOrder() {
        String id = formed();
        base = "/api/partnerships/" + id;
        send("POST", "/partners", """
                {"id": "county", "name": "Monroe County", "sector": "PUBLIC"}""");
        String area = send("POST", "/raci-areas", """
                {"name": "Training", "description": "Job training for parents"}""").read("$.areaId");
        send("PUT", "/raci-areas/" + area + "/roles", """
                {"responsible": ["rcsd"], "accountable": "abc", "consulted": ["county"], "informed": [],
                 "rationale": "The district runs the classes"}""");
        send("PUT", "/meeting-cadence", """
                {"cadence": "MONTHLY"}""");
        send("PUT", "/conflict-ladder", """
                {"steps": ["Direct conversation", "Coordinator mediation", "Steering committee", "Outside mediator"],
                 "rationale": "As the MOU says"}""");

        String metric = endorsedMetric();
        Http.Response minutes = meetingWithMinutes(metric);
        List<String> actions = minutes.read("$.actionIds");
        String decision = minutes.<List<String>>read("$.decisionIds").get(0);
        send("POST", "/actions/" + actions.get(0) + "/completion", """
                {"outcome": "The data agreement is signed", "completedOn": "%s"}""".formatted(today));
        send("POST", "/actions/" + actions.get(1) + "/rescheduling", """
                {"dueDate": "%s", "reason": "The board meets later"}""".formatted(today.plusMonths(2)));
        String lateAction = send("POST", "/actions", """
                {"title": "Send the attendance list", "responsible": "rcsd", "accountable": "abc", "dueDate": "%s"}"""
                .formatted(LocalDate.now(ZoneOffset.ofHours(-12)))).read("$.actionId");
        send("POST", "/decisions", """
                {"title": "Share data monthly", "rationale": "Quarterly was too slow", "decidedBy": ["abc", "rcsd"],
                 "supersedes": "%s", "metricIds": ["%s"]}""".formatted(decision, metric));
        send("POST", "/metrics/" + metric + "/measurements", """
                {"period": "%d", "value": 42, "served": 120, "achieving": 42, "recordedBy": "abc"}"""
                .formatted(today.getYear() - 1));

        String conflict = send("POST", "/conflicts", """
                {"subject": "Data sharing", "description": "No agreement on student records yet",
                 "parties": ["abc", "rcsd"], "severity": "HIGH"}""").read("$.conflictId");
        send("POST", "/conflicts/" + conflict + "/escalation", """
                {"reason": "Two conversations ended without agreement"}""");
        send("POST", "/conflicts/" + conflict + "/resolution", """
                {"resolution": "Share anonymised data", "agreedBy": ["abc", "rcsd"],
                 "decision": {"title": "Share anonymised data", "rationale": "Both boards can live with it"}}""");

        String agreement = send("POST", "/agreements", """
                {"kind": "MOU", "title": "Memorandum of understanding", "signatories": ["abc", "rcsd", "county"],
                 "effectiveOn": "%s", "reviewBy": "%s",
                 "documentSha256": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                 "rolesClause": "ABC coordinates", "disputeResolutionClause": "Steering committee, then mediation"}"""
                .formatted(today.minusMonths(11), today.plusMonths(1))).read("$.agreementId");
        send("POST", "/agreements/" + agreement + "/review", """
                {"outcome": "CONFIRMED", "reviewedOn": "%s", "nextReviewBy": "%s", "notes": "Still fits the work"}"""
                .formatted(today, today.plusYears(1)));

        String story = send("POST", "/stories", """
                {"title": "Maria's first paycheck", "narrative": "After the course Maria started work.",
                 "partner": "abc"}""").read("$.storyId");
        send("POST", "/stories/" + story + "/consent", """
                {"identification": "FIRST_NAME", "channels": ["FUNDER_VIEW"], "expiresOn": "%s", "minor": false,
                 "guardianConsent": false, "reviewedTextOn": "%s"}""".formatted(today.plusYears(1), today));
        String round = send("POST", "/review-rounds", """
                {"title": "Year-end review", "closesOn": "%s"}""".formatted(today.plusDays(14))).read("$.roundId");
        for (String partner : List.of("abc", "rcsd")) {
            send("POST", "/review-rounds/" + round + "/ratings", """
                    {"partner": "%s", "answers": [{"itemKey": "communication-channels", "score": 4}]}"""
                    .formatted(partner));
        }
        send("POST", "/review-rounds/" + round + "/closure", """
                {"summary": "Meet more often"}""");

        send("POST", "/check-ins", """
                {"partners": ["abc", "county"], "occurredOn": "%s", "channel": "PHONE", "note": "Budget call"}"""
                .formatted(today));
        send("POST", "/milestones", """
                {"title": "42 parents in work", "achievedOn": "%s", "achievement": "The first cohort",
                 "metricId": "%s", "value": 42}""".formatted(today, metric));
        send("POST", "/assets", """
                {"partner": "rcsd", "kind": "PLACES", "description": "Classrooms after hours"}""");
        send("POST", "/lessons", """
                {"kind": "NOT_WORKING", "lesson": "Evening workshops draw few parents",
                 "evidence": "Attendance fell from 40 to 12", "adjustment": "Move them to Saturday mornings",
                 "metricIds": ["%s"]}""".formatted(metric));
        send("POST", "/progress-reports", """
                {"periodStart": "%s", "periodEnd": "%s", "audience": "FUNDERS", "title": "The first year"}"""
                .formatted(today.minusYears(1), today));
        send("POST", "/disseminations", """
                {"channel": "NEWSLETTER", "title": "42 parents in work", "link": "https://abcinfo.org/news/42"}""");
        send("POST", "/grants", """
                {"funderOrganisationId": "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b", "funderName": "Department of Labor",
                 "grantNumber": "HG-33050-19-60-A-36", "periodStart": "%s", "periodEnd": "%s"}"""
                .formatted(today.minusYears(1), today.plusYears(4)));

        send("POST", "/vision/reaffirmation", """
                {"participants": ["abc", "rcsd", "county"], "note": "Still our north star"}""");
        send("PUT", "/vision/revisit-interval", """
                {"months": 12, "rationale": "Once a year, at the annual meeting"}""");
        send("PUT", "/vision", """
                {"statement": "Every working family in the county reaches a living wage", "goals": ["300 jobs"],
                 "rationale": "The county joined"}""");
        long concluded = send("POST", "/conclusion", """
                {"closingNote": "The year's goals were met"}""").<Integer>read("$.version");

        Http.Response afterwards = http.post(system.commandUrl(base + "/check-ins"), """
                {"partners": ["abc", "rcsd"], "occurredOn": "%s", "channel": "EMAIL", "note": "Too late"}"""
                .formatted(today));
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.<String>read("$.code")).isEqualTo("PARTNERSHIP_CONCLUDED");

        awaitVersion(concluded);
        assertTheYearShows(concluded, actions, lateAction);
    }

    private String formed() {
        Http.Response formed = http.post(system.commandUrl("/api/partnerships"), """
                {"name": "Rochester Working Families", "coordinator": "abc",
                 "purpose": "Help working families in Rochester reach economic self-sufficiency",
                 "vision": {"statement": "Every working family reaches a living wage", "goals": ["200 jobs"]},
                 "partners": [{"id": "abc", "name": "Action for a Better Community", "sector": "COMMUNITY_BASED"},
                              {"id": "rcsd", "name": "Rochester City School District", "sector": "EDUCATIONAL"}]}""");
        assertThat(formed.status()).as(formed.body()).isEqualTo(201);
        return formed.read("$.partnershipId");
    }

    /** A metric every current partner endorses: active with the last endorsement. */
    private String endorsedMetric() {
        String metric = send("POST", "/metrics", """
                {"name": "Adults placed in jobs", "definition": "Adults who start a job at a living wage",
                 "unit": "INDIVIDUALS", "baseline": 40, "target": 200, "targetDate": "%s", "direction": "UP",
                 "ownerPartner": "abc", "collectionMethod": "Case managers enter placements", "frequency": "YEARLY",
                 "measureKind": "BETTER_OFF", "indicator": {"framework": "CSBG-NPI", "frameworkVersion": "2.0",
                 "code": "1.2"}}""".formatted(today.plusYears(1))).read("$.metricId");
        for (String partner : List.of("abc", "rcsd", "county")) {
            send("POST", "/metrics/" + metric + "/endorsements", """
                    {"partner": "%s"}""".formatted(partner));
        }
        return metric;
    }

    /** A meeting held an hour from now (minutes may be recorded within a day of it), amended, then approved. */
    private Http.Response meetingWithMinutes(String metric) {
        String meeting = send("POST", "/meetings", """
                {"title": "Monthly meeting", "scheduledAt": "%s",
                 "agenda": [{"topic": "Placements", "objective": "Agree the spring targets", "timeBoxMinutes": 30},
                            {"topic": "Data", "objective": "Settle data sharing", "timeBoxMinutes": 20}]}"""
                .formatted(Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS)))
                .read("$.meetingId");
        Http.Response minutes = send("POST", "/meetings/" + meeting + "/minutes", """
                {"attendees": ["abc", "rcsd", "county"], "summary": "Targets agreed",
                 "items": [{"agendaItem": 0, "discussion": "Set at 60", "actualMinutes": 35},
                           {"agendaItem": 1, "discussion": "Quarterly shares", "actualMinutes": 25}],
                 "decisions": [{"title": "Share data quarterly", "rationale": "Needed first",
                                "decidedBy": ["abc", "rcsd"], "metricIds": ["%s"]}],
                 "actions": [{"title": "Draft the data agreement", "responsible": "rcsd", "accountable": "abc",
                              "dueDate": "%s", "decision": 0},
                             {"title": "Book the spring venue", "responsible": "county", "accountable": "abc",
                              "dueDate": "%s"}]}""".formatted(metric, today.plusDays(14), today.plusDays(30)));
        send("POST", "/meetings/" + meeting + "/minutes-amendment", """
                {"amendedBy": "rcsd", "summary": "Targets agreed at 50", "reason": "A typo"}""");
        send("POST", "/meetings/" + meeting + "/minutes-approval", """
                {"approvedBy": ["abc", "rcsd"]}""");
        return minutes;
    }

    private Http.Response send(String method, String path, String body) {
        String url = system.commandUrl(base + path);
        Http.Response response = method.equals("PUT") ? http.put(url, body) : http.post(url, body);
        assertThat(response.status()).as("%s %s: %s", method, path, response.body()).isBetween(200, 201);
        return response;
    }

    private void awaitVersion(long version) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Http.Response shown = http.get(system.queryUrl(base));
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.<Integer>read("$.version")).isEqualTo((int) version);
        });
    }

    private void assertTheYearShows(long version, List<String> minutesActions, String lateAction) {
        Http.Response summary = http.get(system.queryUrl(base));
        assertThat(summary.<List<String>>read("$.partners[*].id")).containsExactly("abc", "rcsd", "county");
        assertThat(summary.<Integer>read("$.vision.revision")).isEqualTo(2);
        assertThat(summary.<Map<String, Integer>>read("$.conflicts"))
                .containsEntry("open", 0).containsEntry("resolved", 1);
        assertThat(summary.<Integer>read("$.decisions.total")).isEqualTo(3);

        Http.Response actions = http.get(system.queryUrl(base + "/actions"));
        assertThat(actions.<List<String>>read("$[*].actionId"))
                .containsExactly(minutesActions.get(0), minutesActions.get(1), lateAction);
        assertThat(actions.<List<String>>read("$[0:2].status")).containsExactly("COMPLETED", "OPEN");
        LocalDate lateDue = LocalDate.parse(actions.read("$[2].dueDate"));
        // Overdue once its due day is over everywhere, the last zone included (docs/figures.md): in the first twelve
        // hours of a UTC day, UTC's date is already a day ahead of that rule's.
        LocalDate lastZoneToday = LocalDate.now(ZoneOffset.ofHours(-12));
        assertThat(actions.<String>read("$[2].status"))
                .isEqualTo(lateDue.isBefore(lastZoneToday) ? "OVERDUE" : "OPEN");
        assertThat(actions.<String>read("$[1].dueDate")).isEqualTo(today.plusMonths(2).toString());

        Http.Response history = http.get(system.queryUrl(base + "/history?limit=1000"));
        List<Integer> sequences = history.read("$.events[*].sequence");
        assertThat(sequences).hasSize((int) version + 1).isSorted();
        assertThat(history.<List<String>>read("$.events[*].type")).contains("PartnershipFormed", "PartnerAdmitted",
                "RaciAreaDefined", "RaciRolesAssigned", "MeetingCadenceSet", "ConflictLadderAgreed",
                "MetricProposed", "MetricEndorsed", "MetricActivated", "MeetingScheduled", "MinutesRecorded",
                "DecisionRecorded", "ActionAssigned", "MinutesAmended", "MinutesApproved", "ActionCompleted",
                "ActionRescheduled", "DecisionSuperseded", "MeasurementRecorded", "ConflictLogged",
                "ConflictEscalated", "ConflictResolved", "AgreementSigned", "AgreementReviewed", "StoryShared",
                "StoryConsentRecorded", "ReviewRoundOpened", "ReviewRatingsSubmitted", "ReviewRoundClosed",
                "CheckInRecorded", "MilestoneCelebrated", "PartnerAssetRecorded", "LessonRecorded",
                "ProgressReportIssued", "SuccessDisseminated", "GrantRecorded", "VisionReaffirmed",
                "VisionRevisitIntervalSet", "VisionRevised", "PartnershipConcluded");
        assertThat(history.<String>read("$.events[-1].type")).isEqualTo("PartnershipConcluded");
        assertThat(history.<List<String>>read("$.events[0].data.partners[*].organisationId")).hasSize(2)
                .doesNotContainNull();
    }
}
