package org.partnerledger.command.partnership;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.partnerledger.command.StoredRows;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.command.partnership.PartnershipFixtures.fromCoordinator;

/**
 * A store written by earlier versions: events of an earlier revision, taken from the frozen samples, and a snapshot
 * of an earlier shape of the state, written into the tables as those versions wrote them.
 */
class StoredEarlierShapesTest extends RunningCommandService {


    @Autowired
    private CommandGateway commands;
    @Autowired
    private EventStore eventStore;
    @Autowired
    private JdbcClient jdbc;
    private StoredRows rows;

    @BeforeEach
    void aStoreOfRows() {
        rows = new StoredRows(jdbc);
    }

    @Test
    void eventsOfTheFirstRevisionAreReadAsTheCurrentOneAndDecidedUpon() {
        String id = UUID.randomUUID().toString();
        rows.store(id, 0, PartnershipFormedEvent.class, "1", StoredRows.golden("PartnershipFormed-1.json", id));
        rows.store(id, 1, DecisionRecordedEvent.class, "1", StoredRows.golden("DecisionRecorded-1.json", id));

        CommandResult decided = commands.sendAndWait(fromCoordinator(new RecordDecisionCommand(id, 1L,
                UUID.randomUUID().toString(), "Meet quarterly", "Monthly was too often", List.of("rcsd"))));

        assertThat(decided.version()).isEqualTo(2);
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(id).asStream().toList();
        PartnershipFormedEvent formed = (PartnershipFormedEvent) events.get(0).getPayload();
        assertThat(formed.partners()).extracting(Partner::organisationId)
                .containsExactly(Partner.derivedOrganisationId("abc"), Partner.derivedOrganisationId("rcsd"));
        assertThat(formed.purpose()).isNull();
        assertThat(((DecisionRecordedEvent) events.get(1).getPayload()).metricIds()).isEmpty();
    }

    @Test
    void aSnapshotOfAnEarlierShapeIsIgnoredAndThePartnershipSourcedFromItsEvents() {
        String id = UUID.randomUUID().toString();
        rows.store(id, 0, PartnershipFormedEvent.class, "1", StoredRows.golden("PartnershipFormed-1.json", id));
        // An earlier shape had no revision; this one would also name only a stranger as partner.
        jdbc.sql("""
                        INSERT INTO snapshot_event_entry (aggregate_identifier, sequence_number, type,
                               event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)
                        VALUES (?, 0, 'Partnership', ?, convert_to('{}', 'UTF8'), convert_to(?, 'UTF8'), NULL, ?,
                                '2026-01-01T00:00:00Z')""")
                .params(id, UUID.randomUUID().toString(),
                        "{\"partnershipId\": \"%s\", \"partners\": [\"stranger\"]}".formatted(id),
                        Partnership.class.getName())
                .update();

        CommandResult decided = commands.sendAndWait(fromCoordinator(new RecordDecisionCommand(id, null,
                UUID.randomUUID().toString(), "Meet quarterly", "Monthly was too often", List.of("abc", "rcsd"))));

        assertThat(decided.version()).isEqualTo(1);
    }
}
