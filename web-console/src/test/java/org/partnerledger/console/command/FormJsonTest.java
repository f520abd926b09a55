package org.partnerledger.console.command;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The form→command mapping on the catalog's real forms: what reaches command-service for what was typed. */
class FormJsonTest {

    private final CommandCatalog catalog = new CommandCatalog();

    @Test
    void givenAFilledFormationFormWhenMappedExpectTheBodyOfApiMdWithBlankRowsLeftOut() {
        FormJson.Mapped mapped = FormJson.map(form("form-partnership"), Map.ofEntries(
                Map.entry("name", List.of("Working Families")),
                Map.entry("vision.statement", List.of("Every family reaches a living wage")),
                Map.entry("vision.goals", List.of("Place 200 adults in jobs\n\n  Open a second site  \n")),
                Map.entry("partners[0].id", List.of("abc")),
                Map.entry("partners[0].name", List.of("Action for a Better Community")),
                Map.entry("partners[0].sector", List.of("COMMUNITY_BASED")),
                Map.entry("partners[1].id", List.of("rcsd")),
                Map.entry("partners[1].name", List.of("City Schools")),
                Map.entry("partners[1].sector", List.of("")),
                Map.entry("partners[2].id", List.of("")),
                Map.entry("coordinator", List.of("abc"))), ZoneOffset.UTC);

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.body().toString()).isEqualTo("""
                {"name":"Working Families","vision":{"statement":"Every family reaches a living wage",\
                "goals":["Place 200 adults in jobs","Open a second site"]},"partners":[{"id":"abc",\
                "name":"Action for a Better Community","sector":"COMMUNITY_BASED"},{"id":"rcsd","name":"City Schools"}],\
                "coordinator":"abc"}""");
    }

    @Test
    void givenMinutesWithADecisionAndAnActionWhenMappedExpectListsOfPartnersAndANumberForTheDecisionIndex() {
        FormJson.Mapped mapped = FormJson.map(form("record-minutes"), Map.of(
                "attendees", List.of("abc", "rcsd"),
                "summary", List.of("We agreed the pilot"),
                "decisions[0].title", List.of("Start the pilot"),
                "decisions[0].rationale", List.of("Funding is in place"),
                "decisions[0].decidedBy", List.of("abc", "rcsd"),
                "actions[0].title", List.of("Hire a navigator"),
                "actions[0].responsible", List.of("abc"),
                "actions[0].accountable", List.of("rcsd"),
                "actions[0].dueDate", List.of("2027-03-01"),
                "actions[0].decision", List.of("0")), ZoneOffset.UTC);

        assertThat(mapped.body().toString()).isEqualTo("""
                {"attendees":["abc","rcsd"],"summary":"We agreed the pilot","decisions":[{"title":"Start the pilot",\
                "rationale":"Funding is in place","decidedBy":["abc","rcsd"]}],"actions":[{"title":"Hire a navigator",\
                "responsible":"abc","accountable":"rcsd","dueDate":"2027-03-01","decision":0}]}""");
    }

    @Test
    void givenALocalTimeWhenMappedExpectTheInstantWithTheOffsetOfTheBrowsersZone() {
        FormJson.Mapped mapped = FormJson.map(form("schedule-meeting"), Map.of(
                "scheduledAt", List.of("2027-01-05T15:00")), ZoneId.of("America/New_York"));

        assertThat(mapped.body().get("scheduledAt").asText()).isEqualTo("2027-01-05T15:00-05:00");
    }

    @Test
    void givenAnEmptyFormWhenMappedExpectAnEmptyBodySoThatTheServiceNamesWhatIsMissing() {
        FormJson.Mapped mapped = FormJson.map(form("record-decision"), Map.of("title", List.of("  ")), ZoneOffset.UTC);

        assertThat(mapped.body().isEmpty()).isTrue();
        assertThat(mapped.errors()).isEmpty();
    }

    @Test
    void givenTextInANumberFieldWhenMappedExpectAnErrorBesideThatFieldAndNothingToSend() {
        FormJson.Mapped mapped = FormJson.map(form("record-measurement"), Map.of(
                "value", List.of("many"), "served", List.of("12")), ZoneOffset.UTC);

        assertThat(mapped.errors()).containsExactly(Map.entry("value", "must be a number"));
        assertThat(mapped.body().get("served").asLong()).isEqualTo(12);
    }

    @Test
    void givenAnUncheckedBoxWhenMappedExpectFalseRatherThanNothing() {
        FormJson.Mapped mapped = FormJson.map(form("record-consent"), Map.of(
                "channels", List.of("FUNDER_VIEW"), "minor", List.of("true")), ZoneOffset.UTC);

        assertThat(mapped.body().toString()).isEqualTo("""
                {"channels":["FUNDER_VIEW"],"minor":true,"guardianConsent":false}""");
    }

    @Test
    void givenRatingsInTheirRowsWhenMappedExpectApiMdsAnswersPerItemKeyWithScoresAsNumbersAndBlankRowsLeftOut() {
        FormJson.Mapped mapped = FormJson.map(form("submit-ratings"), filled(
                "roundId", "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a04",
                "partner", "rcsd",
                "answers[0].itemKey", "communication-channels",
                "answers[0].score", "4",
                "answers[0].comment", "The newsletter works",
                "answers[1].itemKey", "", "answers[1].score", "", "answers[1].comment", "",
                "answers[2].itemKey", "vision-known",
                "answers[2].score", "2"), ZoneOffset.UTC);

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.body().toString()).isEqualTo("""
                {"partner":"rcsd","answers":[{"itemKey":"communication-channels","score":4,\
                "comment":"The newsletter works"},{"itemKey":"vision-known","score":2}]}""");
    }

    @Test
    void givenAnInstrumentInRowsWhenMappedExpectCategoriesWithTheirFactorAndItemsAsApiMdNestsThem() {
        FormJson.Mapped mapped = FormJson.map(form("adopt-review-instrument"), filled(
                "instrumentId", "wilder", "version", "2.0",
                "categories[0].key", "environment", "categories[0].name", "Environment",
                "categories[0].factors[0].key", "history",
                "categories[0].factors[0].name", "History of collaboration",
                "categories[0].factors[0].items[0].key", "history-1",
                "categories[0].factors[0].items[0].question", "Have we worked together before?",
                "categories[0].factors[0].items[1].key", "history-2",
                "categories[0].factors[0].items[1].question", "Did it go well?",
                "categories[1].key", " ", "categories[1].factors[0].items[0].key", ""),
                ZoneOffset.UTC);

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.body().toString()).isEqualTo("""
                {"instrumentId":"wilder","version":"2.0","categories":[{"key":"environment","name":"Environment",\
                "factors":[{"key":"history","name":"History of collaboration","items":[{"key":"history-1",\
                "question":"Have we worked together before?"},{"key":"history-2","question":"Did it go well?"}]}]}]}""");
    }

    @Test
    void givenAnAuditorsRevocationWhenMappedExpectTheOrganisationForThePathOnlyAndAnEmptyBodyWithoutReason() {
        FormJson.Mapped mapped = FormJson.map(form("revoke-auditor-access"), filled(
                "organisationId", "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a05", "reason", ""),
                ZoneOffset.UTC);

        assertThat(mapped.errors()).isEmpty();
        assertThat(mapped.body().toString()).isEqualTo("{}");
    }

    @Test
    void givenAnAuditorIdThatIsNoUuidOrNoneWhenMappedExpectAnErrorBesideItSoThatNoPathIsMadeOfIt() {
        assertThat(FormJson.map(form("revoke-auditor-access"), filled(
                "organisationId", "../../conclusion", "reason", "Audit done"), ZoneOffset.UTC)
                .errors()).containsOnlyKeys("organisationId");
        assertThat(FormJson.map(form("revoke-auditor-access"), Map.of("organisationId", List.of(" ")),
                ZoneOffset.UTC).errors()).containsExactly(Map.entry("organisationId", "must not be blank"));
    }

    @Test
    void givenATargetAmendmentAnAssetWithdrawalAndARoundClosedWhenMappedExpectTheirBodiesOfApiMd() {
        assertThat(FormJson.map(form("amend-metric-target"), Map.of("metricId", List.of("x"),
                "period", List.of("2027-Q3"), "target", List.of("120,5"), "reason", List.of("New funding")),
                ZoneOffset.UTC).body().toString())
                .isEqualTo("{\"period\":\"2027-Q3\",\"target\":120.5,\"reason\":\"New funding\"}");
        assertThat(FormJson.map(form("withdraw-asset"), Map.of("reason", List.of("The room closed")),
                ZoneOffset.UTC).body().toString()).isEqualTo("{\"reason\":\"The room closed\"}");
        assertThat(FormJson.map(form("close-review-round"), Map.of("summary", List.of("")),
                ZoneOffset.UTC).body().toString()).isEqualTo("{}");
        assertThat(FormJson.map(form("close-review-round"), Map.of("summary", List.of("Roles need work")),
                ZoneOffset.UTC).body().toString()).isEqualTo("{\"summary\":\"Roles need work\"}");
    }

    /** A form as submitted: names and their one text, in pairs. */
    private static Map<String, List<String>> filled(String... namesAndTexts) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTexts.length; i += 2) {
            values.put(namesAndTexts[i], List.of(namesAndTexts[i + 1]));
        }
        return values;
    }

    private CommandForm form(String id) {
        return catalog.form(id).orElseThrow();
    }
}
