package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.AgreementSignedEvent;
import org.partnerledger.events.ConflictLadderAgreedEvent;
import org.partnerledger.events.MeetingCadenceSetEvent;
import org.partnerledger.events.ReviewAnswer;
import org.partnerledger.events.ReviewCategory;
import org.partnerledger.events.ReviewFactor;
import org.partnerledger.events.ReviewInstrumentAdoptedEvent;
import org.partnerledger.events.ReviewItem;
import org.partnerledger.events.ReviewRatingsSubmittedEvent;
import org.partnerledger.events.ReviewRoundClosedEvent;
import org.partnerledger.events.ReviewRoundOpenedEvent;
import org.partnerledger.events.VisionReaffirmedEvent;
import org.partnerledger.query.ledger.HealthView.Practice;
import org.partnerledger.query.ledger.HealthView.Status;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** Each practice's health and its evidence, against the thresholds of docs/figures.md. */
class HealthTest {

    @Test
    void aVisionRevisitedFourHundredTenDaysAgoOnAYearlyIntervalIsAtRisk() {
        Histories history = Histories.formed().after(410);

        assertThat(practice(history, "SHARED_VISION")).isEqualTo(new Practice("SHARED_VISION", Status.AT_RISK,
                List.of("vision last revisited 410 days ago, to be revisited every 12 months")));
    }

    @Test
    void aReaffirmedVisionIsHealthyAgain() {
        Histories history = Histories.formed().after(400).add(new VisionReaffirmedEvent(PARTNERSHIP, 1,
                List.of("abc", "rcsd"), null)).after(10);

        assertThat(practice(history, "SHARED_VISION").status()).isEqualTo(Status.HEALTHY);
    }

    @Test
    void threeOfTwelveOpenActionsOverdueAreAtRisk() {
        Histories history = Histories.formed();
        for (int i = 0; i < 12; i++) {
            history.add(new ActionAssignedEvent(PARTNERSHIP, "a1000000-0000-4000-8000-0000000000" + (10 + i),
                    "Action " + i, "abc", "abc", List.of(), List.of(),
                    i < 3 ? LocalDate.of(2025, 1, 7) : LocalDate.of(2025, 12, 31), null));
        }
        history.after(10);

        Practice roles = practice(history, "ROLES");
        assertThat(roles.status()).isEqualTo(Status.AT_RISK);
        assertThat(roles.evidence()).contains("3 of 12 unfinished actions overdue", "no RACI area defined");
    }

    @Test
    void twoMeetingsMissedAgainstAMonthlyCadenceAreAtRisk() {
        Histories history = Histories.formed().add(new MeetingCadenceSetEvent(PARTNERSHIP, "MONTHLY")).after(65);

        Practice cadence = practice(history, "MEETING_CADENCE");
        assertThat(cadence.status()).isEqualTo(Status.AT_RISK);
        assertThat(cadence.evidence().get(0)).startsWith("2 meetings missed against a monthly cadence");
    }

    @Test
    void anMouReviewFortyDaysLateIsNeglected() {
        Histories history = Histories.formed().add(new AgreementSignedEvent(PARTNERSHIP,
                        "b1000000-0000-4000-8000-000000000001", "MOU", "MOU", List.of("abc", "rcsd"),
                        LocalDate.of(2025, 1, 6), LocalDate.of(2025, 3, 1), null, null, null))
                .after(94);

        assertThat(practice(history, "AGREEMENTS")).isEqualTo(new Practice("AGREEMENTS", Status.NEGLECTED,
                List.of("MOU review 40 days late")));
    }

    @Test
    void partnersRatingConflictResolutionDownToTwoOfFiveIsAtRisk() {
        Histories history = Histories.formed()
                .add(new ConflictLadderAgreedEvent(PARTNERSHIP, List.of("talk", "mediator"), 1, "Agreed"))
                .add(new ReviewInstrumentAdoptedEvent(PARTNERSHIP, "d1000000-0000-4000-8000-000000000001", "1",
                        List.of(new ReviewCategory("conflict", "Conflict resolution", List.of(new ReviewFactor(
                                "fair", "Fairness", List.of(new ReviewItem("fair-1", "Resolved fairly?"))))))));
        round(history, "d2000000-0000-4000-8000-000000000001", 4, 3);
        round(history.after(30), "d2000000-0000-4000-8000-000000000002", 2, 2);

        Practice conflicts = practice(history, "CONFLICT_PROCESS");
        assertThat(conflicts.status()).isEqualTo(Status.AT_RISK);
        assertThat(conflicts.evidence()).contains("partners rate conflict resolution 2.0 of 5, down from 3.5");
    }

    @Test
    void aPartnershipFormedAWeekAgoIsNotJudgedOnWhatItHadNoTimeFor() {
        Histories history = Histories.formed().after(7);

        HealthView health = Health.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()), history.at(), false);
        assertThat(health.practices()).filteredOn(practice -> practice.status() == Status.NEGLECTED).isEmpty();
        assertThat(health.overall()).isEqualTo(Status.AT_RISK);
    }

    private static void round(Histories history, String round, int abc, int rcsd) {
        history.add(new ReviewRoundOpenedEvent(PARTNERSHIP, round, "Review", LocalDate.of(2026, 1, 1), null, null))
                .add(new ReviewRatingsSubmittedEvent(PARTNERSHIP, round, "abc",
                        List.of(new ReviewAnswer("fair-1", abc, null))))
                .add(new ReviewRatingsSubmittedEvent(PARTNERSHIP, round, "rcsd",
                        List.of(new ReviewAnswer("fair-1", rcsd, null))))
                .add(new ReviewRoundClosedEvent(PARTNERSHIP, round, "Closed"));
    }

    private static Practice practice(Histories history, String name) {
        return Health.of(LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events()), history.at(), false)
                .practices().stream().filter(practice -> practice.practice().equals(name)).findFirst()
                .orElseThrow();
    }
}
