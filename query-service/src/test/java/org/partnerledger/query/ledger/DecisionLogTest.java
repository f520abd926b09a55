package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.DecisionSupersededEvent;
import org.partnerledger.web.Rejection;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** The decision log's search and filters, each over the same three decisions. */
class DecisionLogTest {

    private static final String HIRE = "d1000000-0000-4000-8000-000000000001";
    private static final String SHARE = "d1000000-0000-4000-8000-000000000002";
    private static final String FUND = "d1000000-0000-4000-8000-000000000003";
    private static final String MEETING = "e1000000-0000-4000-8000-000000000001";

    /** Recorded on 6 January, 16 January and 26 January 2025 at 15:00 UTC; the first superseded by the third. */
    private static final Histories HISTORY = Histories.formed()
            .add(decision(HIRE, "Hire a navigator", "Families get lost in the system", List.of("abc"), null))
            .after(10).add(decision(SHARE, "Share the intake form", "One form for every NAVIGATOR",
                    List.of("rcsd", "county"), MEETING))
            .after(10).add(decision(FUND, "Fund the summer programme", "Replaces the navigator hire",
                    List.of("abc", "county"), MEETING))
            .add(new DecisionSupersededEvent(PARTNERSHIP, HIRE, FUND));

    @Test
    void withoutCriteriaTheLogListsEveryDecisionNewestFirst() {
        assertThat(ids(DecisionSearch.EVERYTHING)).containsExactly(FUND, SHARE, HIRE);
    }

    @Test
    void theTextIsSearchedInTitlesAndRationalesIgnoringCase() {
        assertThat(ids(search("navigator", null, null, null, null, null))).containsExactly(FUND, SHARE, HIRE);
        assertThat(ids(search("SUMMER", null, null, null, null, null))).containsExactly(FUND);
        assertThat(ids(search("lost in", null, null, null, null, null))).containsExactly(HIRE);
    }

    @Test
    void theDatesAreTheDaysRecordedBothIncluded() {
        assertThat(ids(search(null, "2025-01-16", "2025-01-26", null, null, null))).containsExactly(FUND, SHARE);
        assertThat(ids(search(null, null, "2025-01-16", null, null, null))).containsExactly(SHARE, HIRE);
        assertThat(ids(search(null, "2025-01-17", "2025-01-25", null, null, null))).isEmpty();
    }

    @Test
    void aPartnerFindsTheDecisionsItTookPart() {
        assertThat(ids(search(null, null, null, "county", null, null))).containsExactly(FUND, SHARE);
    }

    @Test
    void aMeetingFindsTheDecisionsTakenThere() {
        assertThat(ids(search(null, null, null, null, MEETING, null))).containsExactly(FUND, SHARE);
    }

    @Test
    void supersededDecisionsAreFoundApartFromThoseThatStand() {
        assertThat(ids(search(null, null, null, null, null, "true"))).containsExactly(HIRE);
        assertThat(ids(search(null, null, null, null, null, "false"))).containsExactly(FUND, SHARE);
    }

    @Test
    void theCriteriaTogetherSelectWhatEachSelects() {
        assertThat(ids(search("navigator", "2025-01-10", null, "abc", null, "false"))).containsExactly(FUND);
    }

    @Test
    void aSupersededDecisionNamesTheOneThatSupersededIt() {
        DecisionLogView.Decision hire = log(DecisionSearch.EVERYTHING).decisions().get(2);

        assertThat(hire.superseded()).isTrue();
        assertThat(hire.supersededBy()).isEqualTo(FUND);
    }

    @Test
    void aDateThatIsNoDateIsAnInvalidParameter() {
        assertThatThrownBy(() -> search(null, "26/01/2025", null, null, null, null))
                .isInstanceOfSatisfying(Rejection.class, rejection ->
                        assertThat(rejection.code()).isEqualTo("INVALID_PARAMETER"));
    }

    @Test
    void aRangeEndingBeforeItBeginsIsAnInvalidParameter() {
        assertThatThrownBy(() -> search(null, "2025-01-26", "2025-01-16", null, null, null))
                .isInstanceOfSatisfying(Rejection.class, rejection ->
                        assertThat(rejection.code()).isEqualTo("INVALID_PARAMETER"));
    }

    @Test
    void supersededIsTrueOrFalseAndNothingElse() {
        assertThatThrownBy(() -> search(null, null, null, null, null, "maybe"))
                .isInstanceOfSatisfying(Rejection.class, rejection ->
                        assertThat(rejection.code()).isEqualTo("INVALID_PARAMETER"));
    }

    private static DecisionSearch search(String q, String from, String to, String partner, String meetingId,
                                         String superseded) {
        return DecisionSearch.of(q, from, to, partner, meetingId, superseded);
    }

    private static List<String> ids(DecisionSearch search) {
        return log(search).decisions().stream().map(DecisionLogView.Decision::decisionId).toList();
    }

    private static DecisionLogView log(DecisionSearch search) {
        Ledger ledger = LedgerFold.fold(Ledger.of(PARTNERSHIP), HISTORY.events());
        return DecisionLogView.of(ledger, search, Instant.parse("2025-02-01T00:00:00Z"), false);
    }

    private static DecisionRecordedEvent decision(String id, String title, String rationale, List<String> by,
                                                  String meetingId) {
        return new DecisionRecordedEvent(PARTNERSHIP, id, title, rationale, by, meetingId, null, null, List.of());
    }
}
