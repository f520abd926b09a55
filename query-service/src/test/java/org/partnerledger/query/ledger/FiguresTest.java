package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.AgreementSignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.MeasurementCorrectedEvent;
import org.partnerledger.events.MeasurementRecordedEvent;
import org.partnerledger.events.MeetingCadenceSetEvent;
import org.partnerledger.events.MeetingScheduledEvent;
import org.partnerledger.events.MetricActivatedEvent;
import org.partnerledger.events.MetricProposedEvent;
import org.partnerledger.events.MinutesRecordedEvent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** Each figure as docs/figures.md defines it. */
class FiguresTest {

    private static final String ACTION = "a1000000-0000-4000-8000-000000000001";
    private static final String OTHER_ACTION = "a1000000-0000-4000-8000-000000000002";

    @Test
    void anActionIsOverdueOnlyOnceItsDueDateIsOverInTheLastZoneOnEarth() {
        Histories history = Histories.formed().add(assigned(ACTION, LocalDate.of(2025, 1, 10)));

        // 11 January 11:59 UTC is still 10 January at UTC-12; at noon it is over there too.
        assertThat(figures(history, "2025-01-11T11:59:00Z").overdueActions()).isZero();
        assertThat(figures(history, "2025-01-11T12:00:00Z").overdueActions()).isEqualTo(1);
    }

    @Test
    void theOnTimeRateIsOfCompletedActionsThoseCompletedByTheirDueDate() {
        Histories history = Histories.formed()
                .add(assigned(ACTION, LocalDate.of(2025, 1, 10)))
                .add(assigned(OTHER_ACTION, LocalDate.of(2025, 1, 10)))
                .add(new ActionCompletedEvent(PARTNERSHIP, ACTION, "Done", LocalDate.of(2025, 1, 10)))
                .add(new ActionCompletedEvent(PARTNERSHIP, OTHER_ACTION, "Late", LocalDate.of(2025, 1, 11)));

        assertThat(figures(history, "2025-02-01T00:00:00Z").onTimeCompletionRate()).isEqualTo(0.5);
    }

    @Test
    void decisionsOfTheLastThirtyDaysAreThoseRecordedInTheThirtyDaysBeforeTheInstantAsked() {
        Histories history = Histories.formed().add(decision()).after(40).add(decision()).after(10);

        Figures figures = figures(history, history.at());
        assertThat(figures.decisionsInLast(30)).isEqualTo(1);
        assertThat(figures.decisionsInLast(90)).isEqualTo(2);
    }

    @Test
    void theMedianDaysToResolveIsOfResolvedConflictsOnly() {
        Histories history = Histories.formed()
                .add(logged("c1000000-0000-4000-8000-000000000001"))
                .add(logged("c1000000-0000-4000-8000-000000000002"))
                .add(logged("c1000000-0000-4000-8000-000000000003"))
                .after(4).add(resolved("c1000000-0000-4000-8000-000000000001"))
                .after(6).add(resolved("c1000000-0000-4000-8000-000000000002"));

        Figures figures = figures(history, history.at());
        assertThat(figures.medianDaysToResolve()).isEqualTo(7.0);
        assertThat(figures.openConflicts()).isEqualTo(1);
    }

    @Test
    void meetingsMissedAreThoseTheCadenceCalledForWithoutMinutes() {
        Histories history = Histories.formed().add(new MeetingCadenceSetEvent(PARTNERSHIP, "MONTHLY"))
                .add(new MeetingScheduledEvent(PARTNERSHIP, "e1000000-0000-4000-8000-000000000001", "Kick-off",
                        Instant.parse("2025-01-20T15:00:00Z"), List.of()))
                .after(15).add(new MinutesRecordedEvent(PARTNERSHIP, "e1000000-0000-4000-8000-000000000001",
                        List.of("abc"), "Met", List.of(), List.of(), List.of()));

        Figures figures = figures(history, "2025-04-10T00:00:00Z");
        assertThat(figures.meetingsExpected()).isEqualTo(3);
        assertThat(figures.meetingsHeld()).isEqualTo(1);
        assertThat(figures.meetingsMissed()).isEqualTo(2);
    }

    @Test
    void aMetricsShareOfTheWayIsFromBaselineToTargetWithCorrectionsApplied() {
        String metric = "f1000000-0000-4000-8000-000000000001";
        Histories history = Histories.formed()
                .add(new MetricProposedEvent(PARTNERSHIP, metric, "Jobs", "Adults placed", "INDIVIDUALS",
                        BigDecimal.valueOf(20), BigDecimal.valueOf(220), LocalDate.of(2026, 1, 1), "UP", "abc",
                        "Case files", "QUARTERLY", "BETTER_OFF", null))
                .add(new MetricActivatedEvent(PARTNERSHIP, metric, List.of("abc", "rcsd", "county")))
                .add(new MeasurementRecordedEvent(PARTNERSHIP, "f2000000-0000-4000-8000-000000000001", metric,
                        "2025-Q1", BigDecimal.valueOf(60), null, null, "abc"))
                .add(new MeasurementCorrectedEvent(PARTNERSHIP, "f2000000-0000-4000-8000-000000000002", metric,
                        "2025-Q1", BigDecimal.valueOf(70), null, null, "Miscounted"));

        DashboardView.Metric view = DashboardView.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()),
                history.at(), false).metrics().get(0);
        assertThat(view.latest()).isEqualByComparingTo("70");
        assertThat(view.shareOfTheWay()).isEqualTo(0.25);
    }

    @Test
    void anAgreementIsDueForReviewFromThirtyDaysBeforeItsReviewDate() {
        Histories history = Histories.formed().add(new AgreementSignedEvent(PARTNERSHIP,
                "b1000000-0000-4000-8000-000000000001", "MOU", "Memorandum", List.of("abc", "rcsd"),
                LocalDate.of(2025, 1, 6), LocalDate.of(2025, 6, 30), null, null, null));

        assertThat(DashboardView.of(ledger(history), Instant.parse("2025-05-30T12:00:00Z"), false)
                .agreementsDueForReview()).isEmpty();
        assertThat(DashboardView.of(ledger(history), Instant.parse("2025-06-01T12:00:00Z"), false)
                .agreementsDueForReview()).extracting(DashboardView.AgreementReview::daysLate).containsExactly(-29L);
    }

    private static Figures figures(Histories history, String instant) {
        return figures(history, Instant.parse(instant));
    }

    private static Figures figures(Histories history, Instant instant) {
        return new Figures(ledger(history), instant);
    }

    private static Ledger ledger(Histories history) {
        return LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events());
    }

    private static ActionAssignedEvent assigned(String id, LocalDate due) {
        return new ActionAssignedEvent(PARTNERSHIP, id, "Draft the MOU", "abc", "abc", List.of(), List.of(), due,
                null);
    }

    private static DecisionRecordedEvent decision() {
        return new DecisionRecordedEvent(PARTNERSHIP, java.util.UUID.randomUUID().toString(), "Meet monthly", "Why",
                List.of("abc"), null, null, null, List.of());
    }

    private static ConflictLoggedEvent logged(String id) {
        return new ConflictLoggedEvent(PARTNERSHIP, id, "Data", "Who sees case files", List.of("abc", "rcsd"), "LOW");
    }

    private static ConflictResolvedEvent resolved(String id) {
        return new ConflictResolvedEvent(PARTNERSHIP, id, "Agreed", List.of("abc", "rcsd"), null);
    }
}
