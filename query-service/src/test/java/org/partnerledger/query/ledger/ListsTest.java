package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.AgendaItem;
import org.partnerledger.events.ConflictEscalatedEvent;
import org.partnerledger.events.ConflictLadderAgreedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.ConflictReopenedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.events.MeetingCancelledEvent;
import org.partnerledger.events.MeetingScheduledEvent;
import org.partnerledger.events.MinutesAmendedEvent;
import org.partnerledger.events.MinutesApprovedEvent;
import org.partnerledger.events.MinutesCorrectedEvent;
import org.partnerledger.events.MinutesItem;
import org.partnerledger.events.MinutesRecordedEvent;
import org.partnerledger.events.PartnerAssetRecordedEvent;
import org.partnerledger.events.PartnerAssetWithdrawnEvent;
import org.partnerledger.events.StoryConsentRecordedEvent;
import org.partnerledger.events.StoryConsentWithdrawnEvent;
import org.partnerledger.events.StorySharedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.web.Rejection;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.query.ledger.Histories.PARTNERSHIP;

/** What the lists show of the meetings, conflicts, stories, assets and the vision's revisions. */
class ListsTest {

    private static final String MEETING = "e1000000-0000-4000-8000-000000000001";
    private static final String OTHER_MEETING = "e1000000-0000-4000-8000-000000000002";
    private static final String UNKNOWN = "e1000000-0000-4000-8000-0000000000ff";
    private static final String CONFLICT = "f1000000-0000-4000-8000-000000000001";
    private static final String STORY = "a2000000-0000-4000-8000-000000000001";
    private static final String ASSET = "a3000000-0000-4000-8000-000000000001";

    @Test
    void minutesShowTheirAmendmentsApprovalAndCorrectionsBesideTheAgenda() {
        Histories history = Histories.formed().add(scheduled(MEETING))
                .add(new MinutesRecordedEvent(PARTNERSHIP, MEETING, List.of("abc", "rcsd"), "Short",
                        List.of(new MinutesItem(0, "Agreed", 20), new MinutesItem(1, "Deferred", 5)), List.of(),
                        List.of()))
                .add(new MinutesAmendedEvent(PARTNERSHIP, MEETING, "rcsd", null,
                        List.of(new MinutesItem(1, "Deferred to March", 5)), "Date missing"))
                .add(new MinutesApprovedEvent(PARTNERSHIP, MEETING, List.of("abc", "rcsd")))
                .add(new MinutesCorrectedEvent(PARTNERSHIP, MEETING, "abc", "Held online", "Venue"));

        MeetingsView.Meeting meeting = meetings(history).get(0);

        assertThat(meeting.status()).isEqualTo("HELD");
        assertThat(meeting.agenda()).extracting(MeetingsView.AgendaItem::topic).containsExactly("Budget", "Venue");
        assertThat(meeting.minutes().summary()).isEqualTo("Short");
        assertThat(meeting.minutes().items()).extracting(MeetingsView.Item::discussion)
                .containsExactly("Agreed", "Deferred to March");
        assertThat(meeting.minutes().approvedBy()).containsExactly("abc", "rcsd");
        assertThat(meeting.minutes().amendments()).isEqualTo(1);
        assertThat(meeting.minutes().corrections()).isEqualTo(1);
    }

    @Test
    void aMeetingIsScheduledUntilCancelledOrHeld() {
        Histories history = Histories.formed().add(scheduled(MEETING)).add(scheduled(OTHER_MEETING))
                .add(new MeetingCancelledEvent(PARTNERSHIP, OTHER_MEETING, "Snow"));

        assertThat(meetings(history)).extracting(MeetingsView.Meeting::status)
                .containsExactly("SCHEDULED", "CANCELLED");
        assertThat(meetings(history).get(0).minutes()).isNull();
    }

    @Test
    void minutesOfAnUnknownMeetingOrNotYetRecordedChangeNothing() {
        Histories history = Histories.formed().add(scheduled(MEETING))
                .add(new MinutesAmendedEvent(PARTNERSHIP, MEETING, "abc", "New", null, "Why"))
                .add(new MinutesApprovedEvent(PARTNERSHIP, UNKNOWN, List.of("abc")))
                .add(new MinutesRecordedEvent(PARTNERSHIP, UNKNOWN, List.of("abc"), "S", List.of(), List.of(),
                        List.of()));

        assertThat(meetings(history)).singleElement().satisfies(meeting -> {
            assertThat(meeting.status()).isEqualTo("SCHEDULED");
            assertThat(meeting.minutes()).isNull();
        });
    }

    @Test
    void theRegisterShowsEveryStepAConflictClimbedAndThatItWasReopened() {
        Histories history = Histories.formed()
                .add(new ConflictLadderAgreedEvent(PARTNERSHIP, List.of("talk", "coordinators", "mediator"), 1, "x"))
                .add(new ConflictLoggedEvent(PARTNERSHIP, CONFLICT, "Data", "Who owns it", List.of("abc", "rcsd"),
                        "HIGH"))
                .after(3).add(new ConflictEscalatedEvent(PARTNERSHIP, CONFLICT, "talk", "coordinators", "Stuck"))
                .after(3).add(new ConflictEscalatedEvent(PARTNERSHIP, CONFLICT, "coordinators", "mediator", "Still"))
                .after(3).add(new ConflictResolvedEvent(PARTNERSHIP, CONFLICT, "Shared", List.of("abc", "rcsd"),
                        null))
                .after(3).add(new ConflictReopenedEvent(PARTNERSHIP, CONFLICT, "Broken"));

        ConflictRegisterView.Conflict conflict = ConflictRegisterView.of(ledger(history), history.at(), false)
                .conflicts().get(0);

        assertThat(conflict.step()).isEqualTo("mediator");
        assertThat(conflict.status()).isEqualTo("REOPENED");
        assertThat(conflict.resolvedAt()).isNull();
        assertThat(conflict.stepsClimbed()).isEqualTo(2);
        assertThat(conflict.escalations()).extracting(ConflictRegisterView.Escalation::toStep)
                .containsExactly("coordinators", "mediator");
        assertThat(conflict.loggedAt()).isEqualTo(Histories.FORMED_AT);
    }

    @Test
    void aConsentHoldsUntilTheDayItExpiresInTheLastZoneOnEarthOrUntilWithdrawn() {
        Histories history = Histories.formed().add(new StorySharedEvent(PARTNERSHIP, STORY, "Maria", "N", "abc"))
                .add(new StoryConsentRecordedEvent(PARTNERSHIP, STORY, "FIRST_NAME", List.of("FUNDER_VIEW"),
                        LocalDate.of(2025, 3, 1), false, false, LocalDate.of(2025, 1, 6)));

        assertThat(consentStatus(history, "2025-03-01T11:59:00Z")).isEqualTo("IN_FORCE");
        assertThat(consentStatus(history, "2025-03-01T12:00:00Z")).isEqualTo("EXPIRED");
        history.add(new StoryConsentWithdrawnEvent(PARTNERSHIP, STORY, "Moved away"));
        assertThat(consentStatus(history, "2025-02-01T00:00:00Z")).isEqualTo("WITHDRAWN");
    }

    @Test
    void aStoryWithoutConsentSaysSo() {
        Histories history = Histories.formed().add(new StorySharedEvent(PARTNERSHIP, STORY, "Maria", "N", "abc"));

        assertThat(consentStatus(history, "2025-02-01T00:00:00Z")).isEqualTo("NONE");
    }

    @Test
    void aWithdrawnAssetStaysInTheListMarked() {
        Histories history = Histories.formed()
                .add(new PartnerAssetRecordedEvent(PARTNERSHIP, ASSET, "rcsd", "PLACES", "The school gym"))
                .after(2).add(new PartnerAssetWithdrawnEvent(PARTNERSHIP, ASSET, "Renovation"));

        assertThat(AssetsView.of(ledger(history), history.at(), false).assets()).singleElement()
                .satisfies(asset -> {
                    assertThat(asset.withdrawn()).isTrue();
                    assertThat(asset.withdrawnAt()).isEqualTo(history.at());
                    assertThat(asset.withdrawalReason()).isEqualTo("Renovation");
                });
    }

    @Test
    void theVisionHistoryListsEveryRevisionAndTheWordsChangedBetweenTwo() {
        Histories history = revisedTwice();

        VisionHistoryView view = VisionHistoryView.of(ledger(history), "1", "3", history.at(), false);

        assertThat(view.revisions()).extracting(VisionHistoryView.Revision::revision).containsExactly(1, 2, 3);
        assertThat(view.revisions().get(2).rationale()).isEqualTo("Fairer");
        assertThat(view.diff().statement()).containsExactly(new WordDiff.Run(WordDiff.Op.EQUAL, "Every family"),
                new WordDiff.Run(WordDiff.Op.INSERT, "in the county"),
                new WordDiff.Run(WordDiff.Op.EQUAL, "reaches a"), new WordDiff.Run(WordDiff.Op.DELETE, "living"),
                new WordDiff.Run(WordDiff.Op.INSERT, "fair"), new WordDiff.Run(WordDiff.Op.EQUAL, "wage"));
        assertThat(VisionHistoryView.of(ledger(history), null, null, history.at(), false).diff()).isNull();
    }

    @Test
    void aRevisionTheVisionNeverHadIsAnInvalidParameter() {
        Ledger ledger = ledger(revisedTwice());

        for (String[] asked : List.of(new String[] {"1", "4"}, new String[] {"one", "2"},
                new String[] {"1", null})) {
            assertThatThrownBy(() -> VisionHistoryView.of(ledger, asked[0], asked[1], Instant.now(), false))
                    .isInstanceOfSatisfying(Rejection.class, rejection ->
                            assertThat(rejection.code()).isEqualTo("INVALID_PARAMETER"));
        }
    }

    private static Histories revisedTwice() {
        return Histories.formed()
                .after(30).add(new VisionRevisedEvent(PARTNERSHIP, 2,
                        new Vision("Every family in the county reaches a living wage", List.of("200 jobs")), "Local"))
                .after(30).add(new VisionRevisedEvent(PARTNERSHIP, 3,
                        new Vision("Every family in the county reaches a fair wage", List.of("200 jobs")), "Fairer"));
    }

    private static String consentStatus(Histories history, String at) {
        return StoriesView.of(ledger(history), Instant.parse(at), false).stories().get(0).consentStatus();
    }

    private static List<MeetingsView.Meeting> meetings(Histories history) {
        return MeetingsView.of(ledger(history), history.at(), false).meetings();
    }

    private static MeetingScheduledEvent scheduled(String id) {
        return new MeetingScheduledEvent(PARTNERSHIP, id, "Steering group",
                Histories.FORMED_AT.plus(Duration.ofDays(7)),
                List.of(new AgendaItem("Budget", "Agree the budget", 30), new AgendaItem("Venue", "Pick one", 10)));
    }

    private static Ledger ledger(Histories history) {
        return LedgerFold.fold(Ledger.of(PARTNERSHIP), history.events());
    }
}
