package org.partnerledger.query.history;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.query.fixtures.Polls;
import org.partnerledger.query.fixtures.EventRecords;
import org.partnerledger.query.fixtures.TestDatabase;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.projection.EventRecordReader;
import org.partnerledger.query.projection.ProjectionGapException;
import org.partnerledger.query.projection.ReadModelPositions;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.query.fixtures.EventRecords.occurredAt;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.SampleEvents.action;
import static org.partnerledger.query.fixtures.SampleEvents.conflict;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

class HistoryProjectionTest {

    private static final DataSource DATABASE = TestDatabase.createMigrated();

    private final UUID partnership = UUID.randomUUID();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final HistoryRepository repository = new HistoryRepository(new NamedParameterJdbcTemplate(DATABASE),
            ReadModelPositions.inDatabase(new NamedParameterJdbcTemplate(DATABASE)));
    private final HistoryProjection projection = new HistoryProjection(repository);
    private final Polls polls = new Polls(DATABASE, meters, projection);

    @Test
    void anOldRevisionIsShownAsItsCurrentRevisionBesideANewOne() {
        String oldFormation = """
                {"partnershipId": "%s", "name": "Working Families",
                 "vision": {"statement": "A living wage", "goals": []},
                 "partners": [{"id": "abc", "name": "ABC"}], "coordinator": "abc"}""".formatted(partnership);
        project(EventRecords.record(partnership.toString(), oldFormation.getBytes(StandardCharsets.UTF_8),
                        EventRecords.with(EventRecords.headers("PartnershipFormed", partnership.toString(), 0),
                                PartnershipEventsTopic.EVENT_REVISION, "1")),
                record(decision(partnership, UUID.randomUUID()), 1));

        List<HistoryEventView> events = repository.history(partnership, HistoryFilter.NONE, -1, 100).orElseThrow()
                .events();

        JsonNode formation = events.get(0).data();
        assertThat(formation.get("partners").get(0).get("organisationId").asText())
                .isEqualTo(Partner.derivedOrganisationId("abc"));
        assertThat(formation.get("purpose").isNull()).isTrue();
        assertThat(events.get(1).data().get("metricIds").isArray()).isTrue();
        assertThat(jdbcRevisions()).containsExactly(2, 2);
    }

    @Test
    void theHistoryHoldsEveryEventOfTheFiveTypesInStreamOrderWithItsData() {
        UUID decision = UUID.randomUUID();
        project(record(formed(partnership), 0), record(decision(partnership, decision), 1),
                record(action(partnership, UUID.randomUUID(), LocalDate.of(2027, 1, 15), decision), 2),
                record(conflict(partnership, UUID.randomUUID()), 3), record(visionRevised(partnership, 2), 4));

        HistoryView history = repository.history(partnership, HistoryFilter.NONE, -1, 100).orElseThrow();

        assertThat(history.version()).isEqualTo(4);
        assertThat(history.events()).extracting(HistoryEventView::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(history.events()).extracting(HistoryEventView::type).containsExactly("PartnershipFormed",
                "DecisionRecorded", "ActionAssigned", "ConflictLogged", "VisionRevised");
        HistoryEventView action = history.events().get(2);
        assertThat(action.eventId()).isEqualTo(EventRecords.eventId(partnership.toString(), 2));
        assertThat(action.occurredAt()).isEqualTo(occurredAt(2));
        assertThat(action.actor()).isEqualTo(TestCaller.COORDINATOR.subject());
        assertThat(action.actorRole()).isEqualTo("coordinator");
        assertThat(action.actorOrganisation()).isEqualTo(TestCaller.COORDINATOR.organisationId());
        assertThat(action.commandId()).isNotBlank();
        assertThat(action.actorName()).isNull();
        assertThat(action.data().get("dueDate").asText()).isEqualTo("2027-01-15");
        assertThat(action.data().get("decisionId").asText()).isEqualTo(decision.toString());
        assertThat(history.events().get(4).data().at("/vision/goals/0").asText()).isEqualTo("Place 300 adults in jobs");
        assertThat(history.events()).extracting(HistoryEventView::data).allSatisfy(data ->
                assertThat(data.get("partnershipId").asText()).isEqualTo(partnership.toString()));
    }

    @Test
    void aPageStartsAfterTheGivenSequenceAndHoldsAtMostTheLimit() {
        project(record(formed(partnership), 0), record(decision(partnership, UUID.randomUUID()), 1),
                record(decision(partnership, UUID.randomUUID()), 2), record(decision(partnership, UUID.randomUUID()), 3));

        HistoryView page = repository.history(partnership, HistoryFilter.NONE, 0, 2).orElseThrow();

        assertThat(page.version()).isEqualTo(3);
        assertThat(page.events()).extracting(HistoryEventView::sequence).containsExactly(1L, 2L);
    }

    @Test
    void aPageAfterTheLastEventIsEmptyAndStillSaysTheVersion() {
        project(record(formed(partnership), 0), record(decision(partnership, UUID.randomUUID()), 1));

        HistoryView page = repository.history(partnership, HistoryFilter.NONE, 1, 100).orElseThrow();

        assertThat(page.version()).isEqualTo(1);
        assertThat(page.events()).isEmpty();
    }

    @Test
    void interleavedPartnershipsOfOnePollAndOfTheNextAreEachKeptInStreamOrder() {
        UUID other = UUID.randomUUID();
        project(record(formed(partnership), 0), record(formed(other), 0),
                record(decision(partnership, UUID.randomUUID()), 1), record(conflict(other, UUID.randomUUID()), 1));

        project(record(visionRevised(other, 2), 2), record(decision(partnership, UUID.randomUUID()), 2),
                record(decision(partnership, UUID.randomUUID()), 3));

        HistoryView history = repository.history(partnership, HistoryFilter.NONE, -1, 100).orElseThrow();
        assertThat(history.version()).isEqualTo(3);
        assertThat(history.events()).extracting(HistoryEventView::type).containsExactly("PartnershipFormed",
                "DecisionRecorded", "DecisionRecorded", "DecisionRecorded");
        HistoryView otherHistory = repository.history(other, HistoryFilter.NONE, -1, 100).orElseThrow();
        assertThat(otherHistory.version()).isEqualTo(2);
        assertThat(otherHistory.events()).extracting(HistoryEventView::type)
                .containsExactly("PartnershipFormed", "ConflictLogged", "VisionRevised");
        assertThat(polls.acknowledgements()).isEqualTo(2);
    }

    @Test
    void eventsThatAnotherConsumerAppendedMeanwhileFailOnTheirKeyRatherThanBeingAppendedTwice() {
        project(record(formed(partnership), 0));
        EventEnvelope appendedMeanwhile = new EventRecordReader().read(record(formed(partnership), 0));

        assertThatThrownBy(() -> projection.apply(List.of(appendedMeanwhile)))
                .isInstanceOf(DuplicateKeyException.class);

        assertThat(repository.history(partnership, HistoryFilter.NONE, -1, 100).orElseThrow().events()).hasSize(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        ConsumerRecord<String, byte[]> decision = record(decision(partnership, UUID.randomUUID()), 1);
        project(record(formed(partnership), 0), decision);

        project(decision, record(formed(partnership), 0), decision);

        HistoryView history = repository.history(partnership, HistoryFilter.NONE, -1, 100).orElseThrow();
        assertThat(history.version()).isEqualTo(1);
        assertThat(history.events()).hasSize(2);
        assertThat(polls.acknowledgements()).isEqualTo(2);
    }

    @Test
    void aGapIsRefusedAndChangesNothing() {
        project(record(formed(partnership), 0));

        assertThatThrownBy(() -> project(record(decision(partnership, UUID.randomUUID()), 2)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                    assertThat(failure.getIndex()).isZero();
                    assertThat(failure.getCause()).isInstanceOf(ProjectionGapException.class);
                });

        HistoryView history = repository.history(partnership, HistoryFilter.NONE, -1, 100).orElseThrow();
        assertThat(history.version()).isZero();
        assertThat(history.events()).extracting(HistoryEventView::type).containsExactly("PartnershipFormed");
        assertThat(meters.counter("partnerledger.projection.gaps", "read.model", "history").count()).isEqualTo(1);
        assertThat(polls.acknowledgements()).isEqualTo(1);
    }

    @Test
    void aPartnershipWithNoEventsHasNoHistory() {
        assertThat(repository.history(partnership, HistoryFilter.NONE, -1, 100)).isEmpty();
    }

    @SafeVarargs
    private void project(ConsumerRecord<String, byte[]>... records) {
        polls.project(records);
    }

    private List<Integer> jdbcRevisions() {
        return new NamedParameterJdbcTemplate(DATABASE).getJdbcOperations().queryForList(
                "select revision from history_event where partnership_id = ? order by sequence", Integer.class,
                partnership);
    }
}
