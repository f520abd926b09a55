package org.partnerledger.query.ledger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.ActionCancelledEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ActionReassignedEvent;
import org.partnerledger.events.ActionRescheduledEvent;
import org.partnerledger.events.ConflictReopenedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.query.ledger.PartnershipView.ActionCountsView;
import org.partnerledger.query.ledger.PartnershipView.ConflictCountsView;
import org.partnerledger.query.ledger.PartnershipView.PartnerView;
import org.partnerledger.query.fixtures.Polls;
import org.partnerledger.query.fixtures.RefusedInserts;
import org.partnerledger.query.fixtures.TestDatabase;
import org.partnerledger.query.projection.EventLog;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.EventRecordReader;
import org.partnerledger.query.projection.ProjectionGapException;
import org.partnerledger.web.security.AccessChange;
import org.partnerledger.web.security.AccessTable;
import org.partnerledger.web.security.Role;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.mockito.Mockito.mock;
import static org.partnerledger.query.fixtures.EventRecords.headers;
import static org.partnerledger.query.fixtures.EventRecords.occurredAt;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.SampleEvents.action;
import static org.partnerledger.query.fixtures.SampleEvents.conflict;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

/**
 * The ledger's projection on a real database: the views it serves after each kind of poll, and the engine's
 * guarantees (redelivery, another consumer, gaps, unreadable records, a failing database) for the read model that
 * keeps its last ledgers in memory between polls.
 */
class LedgerProjectionTest {

    private static final DataSource DATABASE = TestDatabase.createMigrated();
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    /** The instant whose day, as every view judges it (the last zone on Earth), is {@link #TODAY}. */
    private static final Instant NOW = Instant.parse("2026-03-11T00:00:00Z");

    private final UUID partnership = UUID.randomUUID();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(DATABASE);
    private final LedgerRepository ledgers = new LedgerRepository(jdbc, mock(EventLog.class));
    private final PortfolioQueries lists = new PortfolioQueries(jdbc, new LiveLedgers(ledgers, 10_000));
    private final LedgerProjection projection = new LedgerProjection(ledgers);
    private final Polls polls = new Polls(DATABASE, meters, projection);

    @Test
    void afterTheFiveEventTypesTheCountsAndListsAreRight() {
        UUID decision = UUID.randomUUID();
        UUID overdue = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        UUID conflict = UUID.randomUUID();

        project(record(formed(partnership), 0), record(decision(partnership, decision), 1),
                record(action(partnership, overdue, TODAY.minusDays(1), decision), 2),
                record(action(partnership, open, TODAY, null), 3), record(conflict(partnership, conflict), 4),
                record(visionRevised(partnership, 2), 5));

        PartnershipView view = view(partnership).orElseThrow();
        assertThat(view.name()).isEqualTo("Rochester Working Families");
        assertThat(view.vision().revision()).isEqualTo(2);
        assertThat(view.vision().goals()).containsExactly("Place 300 adults in jobs");
        assertThat(view.partners()).extracting(PartnerView::id).containsExactly("abc", "rcsd");
        assertThat(view.coordinator()).isEqualTo("abc");
        assertThat(view.decisions().total()).isEqualTo(1);
        assertThat(view.actions()).isEqualTo(new ActionCountsView(1, 1, 0, 0));
        assertThat(view.conflicts()).isEqualTo(new ConflictCountsView(1, 0));
        assertThat(view.version()).isEqualTo(5);
        assertThat(view.lastActivityAt()).isEqualTo(occurredAt(5));

        assertThat(DecisionView.of(ledger(partnership))).containsExactly(new DecisionView(decision,
                "Meet monthly on the first Tuesday", "Bi-weekly meetings left no time for the work",
                List.of("abc", "rcsd"), occurredAt(1)));
        assertThat(ActionView.of(ledger(partnership), NOW)).containsExactly(
                new ActionView(overdue, "Draft the MOU", "abc", "rcsd", List.of("rcsd"), List.of(),
                        TODAY.minusDays(1), decision, ActionStatus.OVERDUE),
                new ActionView(open, "Draft the MOU", "abc", "rcsd", List.of("rcsd"), List.of(), TODAY, null,
                        ActionStatus.OPEN));
        assertThat(ConflictView.of(ledger(partnership))).containsExactly(new ConflictView(conflict,
                "Shared data on placements", "The district cannot share student records without a data agreement",
                List.of("abc", "rcsd"), "MEDIUM", ConflictStatus.OPEN, occurredAt(4)));
        assertThat(polls.acknowledgements()).isEqualTo(1);
    }

    @Test
    void interleavedPartnershipsOfOnePollEndAsIfTheirEventsHadBeenAppliedOneByOne() {
        UUID other = UUID.randomUUID();
        UUID decision = UUID.randomUUID();

        project(record(formed(partnership), 0), record(formed(other), 0), record(decision(partnership, decision), 1),
                record(visionRevised(other, 2), 1), record(action(partnership, UUID.randomUUID(), TODAY, decision), 2),
                record(conflict(other, UUID.randomUUID()), 2), record(visionRevised(partnership, 2), 3));

        PartnershipView view = view(partnership).orElseThrow();
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.lastActivityAt()).isEqualTo(occurredAt(3));
        assertThat(view.vision().revision()).isEqualTo(2);
        assertThat(view.decisions().total()).isEqualTo(1);
        assertThat(view.actions()).isEqualTo(new ActionCountsView(1, 0, 0, 0));
        assertThat(view.conflicts()).isEqualTo(new ConflictCountsView(0, 0));
        PartnershipView otherView = view(other).orElseThrow();
        assertThat(otherView.version()).isEqualTo(2);
        assertThat(otherView.lastActivityAt()).isEqualTo(occurredAt(2));
        assertThat(otherView.vision().revision()).isEqualTo(2);
        assertThat(otherView.decisions().total()).isZero();
        assertThat(otherView.conflicts()).isEqualTo(new ConflictCountsView(1, 0));
        assertThat(polls.acknowledgements()).isEqualTo(1);
    }

    @Test
    void aLaterPollFoldsOnFromTheStoredSummary() {
        project(record(formed(partnership), 0), record(visionRevised(partnership, 2), 1));

        project(record(decision(partnership, UUID.randomUUID()), 2), record(visionRevised(partnership, 3), 3));

        PartnershipView view = view(partnership).orElseThrow();
        assertThat(view.name()).isEqualTo("Rochester Working Families");
        assertThat(view.partners()).extracting(PartnerView::id).containsExactly("abc", "rcsd");
        assertThat(view.coordinator()).isEqualTo("abc");
        assertThat(view.vision().revision()).isEqualTo(3);
        assertThat(view.decisions().total()).isEqualTo(1);
        assertThat(view.version()).isEqualTo(3);
        assertThat(view.lastActivityAt()).isEqualTo(occurredAt(3));
    }

    @Test
    void actionsAndConflictsAreCountedByTheStatusTheyAreListedWith() {
        UUID completed = UUID.randomUUID();
        UUID resolved = UUID.randomUUID();
        project(record(formed(partnership), 0),
                record(action(partnership, UUID.randomUUID(), TODAY.minusDays(1), null), 1),
                record(action(partnership, UUID.randomUUID(), TODAY, null), 2),
                record(action(partnership, completed, TODAY.minusDays(5), null), 3),
                record(conflict(partnership, UUID.randomUUID()), 4), record(conflict(partnership, resolved), 5));
        project(record(new ActionCompletedEvent(partnership.toString(), completed.toString(), "Done", TODAY), 6),
                record(new ConflictResolvedEvent(partnership.toString(), resolved.toString(), "Agreed",
                        List.of("abc", "rcsd"), null), 7));

        PartnershipView view = view(partnership).orElseThrow();

        assertThat(view.actions()).isEqualTo(new ActionCountsView(1, 1, 1, 0));
        assertThat(ActionView.of(ledger(partnership), NOW)).extracting(ActionView::status)
                .containsExactly(ActionStatus.OVERDUE, ActionStatus.OPEN, ActionStatus.COMPLETED);
        assertThat(view.conflicts()).isEqualTo(new ConflictCountsView(1, 1));
        assertThat(ConflictView.of(ledger(partnership))).extracting(ConflictView::status)
                .containsExactly(ConflictStatus.OPEN, ConflictStatus.RESOLVED);
    }

    @Test
    void actionsFollowTheirRescheduleReassignmentAndCancellationInTheOrderTheyHappened() {
        UUID moved = UUID.randomUUID();
        UUID cancelled = UUID.randomUUID();
        String id = partnership.toString();
        project(record(formed(partnership), 0), record(action(partnership, moved, TODAY.minusDays(1), null), 1),
                record(action(partnership, cancelled, TODAY, null), 2),
                record(new ActionRescheduledEvent(id, moved.toString(), TODAY.plusDays(3), TODAY.minusDays(1),
                        "Waiting for data"), 3));
        project(record(new ActionReassignedEvent(id, moved.toString(), "rcsd", "abc", "Capacity"), 4),
                record(new ActionRescheduledEvent(id, moved.toString(), TODAY.plusDays(9), TODAY.plusDays(3),
                        "Again"), 5),
                record(new ActionCancelledEvent(id, cancelled.toString(), "No longer needed"), 6));

        assertThat(ActionView.of(ledger(partnership), NOW)).extracting(ActionView::actionId, ActionView::responsible,
                        ActionView::accountable, ActionView::dueDate, ActionView::status)
                .containsExactly(tuple(moved, "rcsd", "abc", TODAY.plusDays(9), ActionStatus.OPEN),
                        tuple(cancelled, "abc", "rcsd", TODAY, ActionStatus.CANCELLED));
        assertThat(view(partnership).orElseThrow().actions())
                .isEqualTo(new ActionCountsView(1, 0, 0, 1));
    }

    @Test
    void aConflictResolvedAndReopenedInOneBatchIsOpen() {
        UUID conflict = UUID.randomUUID();
        String id = partnership.toString();
        project(record(formed(partnership), 0), record(conflict(partnership, conflict), 1),
                record(new ConflictResolvedEvent(id, conflict.toString(), "Agreed", List.of("abc"), null), 2),
                record(new ConflictReopenedEvent(id, conflict.toString(), "It came back"), 3));

        assertThat(ConflictView.of(ledger(partnership))).extracting(ConflictView::status)
                .containsExactly(ConflictStatus.OPEN);
    }

    @Test
    void anEventThatAnotherConsumerAppliedMeanwhileFailsRatherThanApplyingTwice() {
        project(record(formed(partnership), 0), record(decision(partnership, UUID.randomUUID()), 1));
        EventEnvelope appliedMeanwhile = new EventRecordReader()
                .read(record(decision(partnership, UUID.randomUUID()), 1));

        assertThatThrownBy(() -> projection.apply(List.of(appliedMeanwhile)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(view(partnership).orElseThrow().decisions().total()).isEqualTo(1);
    }

    @Test
    void aRevisionThatAnotherConsumerAppliedMeanwhileFailsRatherThanApplyingTwice() {
        project(record(formed(partnership), 0), record(visionRevised(partnership, 2), 1));
        EventEnvelope appliedMeanwhile = new EventRecordReader().read(record(visionRevised(partnership, 3), 1));

        assertThatThrownBy(() -> projection.apply(List.of(appliedMeanwhile)))
                .isInstanceOf(OptimisticLockingFailureException.class);

        assertThat(view(partnership).orElseThrow().vision().revision()).isEqualTo(2);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        ConsumerRecord<String, byte[]> decision = record(decision(partnership, UUID.randomUUID()), 1);
        project(record(formed(partnership), 0), decision);

        project(record(formed(partnership), 0), decision);

        PartnershipView view = view(partnership).orElseThrow();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.decisions().total()).isEqualTo(1);
        assertThat(view.lastActivityAt()).isEqualTo(occurredAt(1));
        assertThat(polls.acknowledgements()).isEqualTo(2);
    }

    @Test
    void aGapIsRefusedAndChangesNothingWhileTheRecordsBeforeItAreCommitted() {
        assertThatThrownBy(() -> project(record(formed(partnership), 0),
                record(decision(partnership, UUID.randomUUID()), 1), record(conflict(partnership, UUID.randomUUID()), 3)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                    assertThat(failure.getIndex()).isZero();
                    assertThat(failure.getCause()).isInstanceOf(ProjectionGapException.class);
                });

        PartnershipView view = view(partnership).orElseThrow();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.decisions().total()).isEqualTo(1);
        assertThat(ConflictView.of(ledger(partnership))).isEmpty();
        assertThat(meters.counter("partnerledger.projection.gaps", "read.model", "ledger").count()).isEqualTo(1);
        assertThat(polls.acknowledgements()).isZero();
    }

    @Test
    void aPartnershipWhoseFormationIsMissingIsAGapNotAnError() {
        assertThatThrownBy(() -> project(record(decision(partnership, UUID.randomUUID()), 1)))
                .hasCauseInstanceOf(ProjectionGapException.class);

        assertThat(exists(partnership)).isFalse();
    }

    @Test
    void anUnreadableRecordIsDeadLetteredOnceTheRecordsAroundItAreCommittedAndThePollIsDone() {
        ConsumerRecord<String, byte[]> poison = record(partnership.toString(),
                "not json".getBytes(StandardCharsets.UTF_8), headers("DecisionRecorded", partnership.toString(), 1));

        project(record(formed(partnership), 0), poison, record(decision(partnership, UUID.randomUUID()), 1));

        assertThat(view(partnership)).get().extracting(PartnershipView::version).isEqualTo(1L);
        assertThat(polls.deadLetters()).containsExactly(poison);
        assertThat(polls.acknowledgements()).isEqualTo(1);
    }

    @Test
    void aDatabaseFailureRollsTheWholeBatchBackToBeRetriedFromItsFirstRecord() {
        UUID other = UUID.randomUUID();

        try (RefusedInserts refused = RefusedInserts.ofLedger(JdbcClient.create(jdbc), other, 0)) {
            assertThatThrownBy(() -> project(record(formed(partnership), 0),
                    record(decision(partnership, UUID.randomUUID()), 1), record(formed(other), 0)))
                    .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                        assertThat(failure.getIndex()).isZero();
                        assertThat(failure.getCause()).isInstanceOf(DataAccessException.class);
                    });
        }

        assertThat(exists(partnership)).isFalse();
        assertThat(exists(other)).isFalse();
    }

    /** A poll the database refused stores none of its summary or items: the retry folds from what was stored. */
    @Test
    void aPollRetriedAfterTheDatabaseRefusedItFoldsFromTheStoredLedger() {
        List<ConsumerRecord<String, byte[]>> records = List.of(record(formed(partnership), 0),
                record(decision(partnership, UUID.randomUUID()), 1), record(decision(partnership, UUID.randomUUID()), 2),
                record(decision(partnership, UUID.randomUUID()), 3));
        project(records.get(0), records.get(1));

        try (RefusedInserts refused = RefusedInserts.ofLedger(JdbcClient.create(jdbc), partnership, 2)) {
            assertThatThrownBy(() -> project(records.get(2))).isInstanceOf(BatchListenerFailedException.class);
        }
        project(records.get(2));
        project(records.get(3));

        EventRecordReader reader = new EventRecordReader();
        Ledger atOnce = LedgerFold.fold(Ledger.of(partnership.toString()), records.stream().map(reader::read)
                .toList());
        assertThat(LedgerRepository.write(ledger(partnership))).isEqualTo(LedgerRepository.write(atOnce));
        assertThat(view(partnership).orElseThrow().decisions().total()).isEqualTo(3);
    }

    /** The list shows only partnerships whose access has arrived: here applied by hand, as the access model would. */
    @Test
    void partnershipsAreListedMostRecentlyActiveFirst() {
        UUID quiet = UUID.randomUUID();
        project(record(formed(quiet), 0), record(formed(partnership), 0),
                record(decision(partnership, UUID.randomUUID()), 1));
        AccessTable access = new AccessTable(JdbcClient.create(jdbc));
        for (UUID id : List.of(quiet, partnership)) {
            access.apply(id.toString(), AccessChange.of(formed(id)));
        }

        assertThat(lists.list(TestCaller.COORDINATOR.organisationId(), Role.COORDINATOR))
                .filteredOn(item -> Set.of(quiet, partnership).contains(item.partnershipId()))
                .extracting(PartnershipListItemView::partnershipId, PartnershipListItemView::version)
                .containsExactly(tuple(partnership, 1L),
                        tuple(quiet, 0L));
    }

    private Optional<PartnershipView> view(UUID id) {
        return ledgers.find(id).map(ledger -> PartnershipView.of(ledger, NOW));
    }

    private Ledger ledger(UUID id) {
        return ledgers.find(id).orElseThrow();
    }

    private boolean exists(UUID id) {
        return ledgers.version(id).isPresent();
    }

    @SafeVarargs
    private void project(ConsumerRecord<String, byte[]>... records) {
        polls.project(records);
    }
}
