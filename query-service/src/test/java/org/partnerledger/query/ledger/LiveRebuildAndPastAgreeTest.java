package org.partnerledger.query.ledger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.query.ledger.LedgerItems.Key;
import org.partnerledger.query.ledger.LedgerItems.Row;
import org.partnerledger.query.ledger.LedgerItems.Tracked;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.EventLog;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over generated histories, the three ways a ledger is made agree on every view: live (folded batch by batch,
 * each from the stored summary and the stored items its events name), rebuilt (folded at once), and of the past (folded from events as
 * the history stores them, up to the last version or to an instant).
 */
class LiveRebuildAndPastAgreeTest {

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "history {0}")
    @MethodSource("seeds")
    void liveRebuiltAndPastLedgersShowTheSameViews(long seed) {
        List<EventEnvelope> events = Histories.generated(seed).events();
        Instant asked = events.get(events.size() - 1).occurredAt().plus(Duration.ofDays(3));

        Ledger rebuilt = fold(events);
        Ledger live = liveInBatches(events, new Random(seed));
        Ledger past = fold(events.stream().map(LiveRebuildAndPastAgreeTest::asTheHistoryStoresIt).toList());

        assertThat(LedgerRepository.write(live)).isEqualTo(LedgerRepository.write(rebuilt));
        for (Ledger ledger : List.of(live, past)) {
            assertThat(views(ledger, asked)).isEqualTo(views(rebuilt, asked));
        }
    }

    @ParameterizedTest(name = "history {0}")
    @MethodSource("seeds")
    void theLedgerAsOfAnInstantIsTheLiveOneAsItWasThen(long seed) {
        List<EventEnvelope> events = Histories.generated(seed).events();
        int cut = new Random(seed).nextInt(events.size());
        Instant then = events.get(cut).occurredAt();
        List<EventEnvelope> upToThen = events.stream().filter(event -> !event.occurredAt().isAfter(then)).toList();

        Ledger asOf = fold(upToThen);
        Ledger liveThen = liveInBatches(upToThen, new Random(seed + 1));

        assertThat(views(asOf, then)).isEqualTo(views(liveThen, then));
        assertThat(asOf.version).isEqualTo(upToThen.get(upToThen.size() - 1).sequence());
    }

    /** The agreement above is worth something only if the generated histories fill the lists they compare. */
    @Test
    void theGeneratedHistoriesFillEveryList() {
        List<Ledger> ledgers = seeds().mapToObj(seed -> fold(Histories.generated(seed).events())).toList();

        assertThat(ledgers).anySatisfy(ledger -> assertThat(ledger.meetings.values()).anySatisfy(meeting -> {
            assertThat(meeting.minutes).isNotNull();
            assertThat(meeting.minutes.amendments).isPositive();
            assertThat(meeting.minutes.corrections).isPositive();
        }));
        assertThat(ledgers).anySatisfy(ledger -> assertThat(ledger.metrics.values())
                .anySatisfy(metric -> assertThat(metric.periods.values())
                        .anySatisfy(period -> assertThat(period.corrections).hasSizeGreaterThan(1))));
        assertThat(ledgers).anySatisfy(ledger -> assertThat(ledger.agreements.values()).anySatisfy(agreement -> {
            assertThat(agreement.amendments).isNotEmpty();
            assertThat(agreement.terminatedOn).isNotNull();
        }));
        assertThat(ledgers).anySatisfy(ledger -> assertThat(ledger.stories.values())
                .anySatisfy(story -> assertThat(story.consentWithdrawnAt).isNotNull())
                .anySatisfy(story -> assertThat(story.consent).isNotNull()));
        assertThat(ledgers).anySatisfy(ledger -> assertThat(ledger.assets.values())
                .anySatisfy(asset -> assertThat(asset.withdrawnAt).isNotNull()));
        assertThat(ledgers).anySatisfy(ledger -> assertThat(ledger.conflicts.values())
                .anySatisfy(conflict -> assertThat(conflict.escalations).hasSizeGreaterThan(1)));
        assertThat(ledgers).anySatisfy(ledger -> assertThat(DecisionLogView.of(ledger,
                DecisionSearch.of("navigator", null, null, "abc", null, "false"), ledger.lastEventAt, false)
                .decisions()).isNotEmpty());
        assertThat(ledgers).anySatisfy(ledger -> assertThat(ledger.visions).hasSizeGreaterThan(2));
    }

    /** Every view of the ledger: the dashboard, the health and each list, the decision log also searched. */
    private static List<Object> views(Ledger ledger, Instant at) {
        String lastRevision = String.valueOf(ledger.vision().revision());
        return List.of(DashboardView.of(ledger, at, false), Health.of(ledger, at, false),
                RaciView.of(ledger, at, false),
                DecisionLogView.of(ledger, DecisionSearch.EVERYTHING, at, false),
                DecisionLogView.of(ledger, DecisionSearch.of("NAVIGATOR", null, null, "abc", null, "false"), at,
                        false),
                ConflictRegisterView.of(ledger, at, false), ActionRegisterView.of(ledger, at, false),
                MeetingsView.of(ledger, at, false),
                AgreementsView.of(ledger, at, false), MetricsView.of(ledger, at, false),
                StoriesView.of(ledger, at, false), LessonsView.of(ledger, at, false), AssetsView.of(ledger, at, false),
                VisionHistoryView.of(ledger, "1", lastRevision, at, false));
    }

    private static Ledger fold(List<EventEnvelope> events) {
        return LedgerFold.fold(Ledger.of(Histories.PARTNERSHIP), events);
    }

    /**
     * As the projection keeps it: batches of random sizes, each folded into the stored summary and the stored items
     * its events name, and what it folded stored back; at the end the ledger is assembled from all that is stored.
     */
    private static Ledger liveInBatches(List<EventEnvelope> events, Random random) {
        Map<Key, Row> items = new HashMap<>();
        String summary = null;
        for (int from = 0; from < events.size(); ) {
            int to = Math.min(events.size(), from + 1 + random.nextInt(50));
            List<EventEnvelope> batch = events.subList(from, to);
            Tracked before = summary == null ? LedgerItems.opened(Histories.PARTNERSHIP) : partial(summary, items,
                    LedgerItems.named(batch));
            Tracked after = LedgerItems.fold(before, batch);
            summary = after.summary();
            after.rows().forEach(row -> items.put(row.key(), row));
            from = to;
        }
        return LedgerItems.assemble(summary, List.copyOf(items.values())).ledger();
    }

    /** What the projection reads for a batch: the summary, and the stored rows of the items its events name. */
    private static Tracked partial(String summary, Map<Key, Row> stored, Set<Key> named) {
        return LedgerItems.partial(summary, named.stream().map(stored::get).filter(Objects::nonNull).toList(), named);
    }

    private static EventEnvelope asTheHistoryStoresIt(EventEnvelope envelope) {
        return Histories.envelope(EventLog.event(envelope.type(), new String(envelope.utf8Json(),
                StandardCharsets.UTF_8)), envelope.sequence(), envelope.occurredAt());
    }
}
