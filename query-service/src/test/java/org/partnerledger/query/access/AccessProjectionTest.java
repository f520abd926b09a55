package org.partnerledger.query.access;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.partnerledger.query.fixtures.Polls;
import org.partnerledger.query.fixtures.TestDatabase;
import org.partnerledger.query.projection.ProjectionGapException;
import org.partnerledger.query.projection.ReadModelPositions;
import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.listener.BatchListenerFailedException;

import javax.sql.DataSource;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.SampleEvents.auditorGranted;
import static org.partnerledger.query.fixtures.SampleEvents.auditorRevoked;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;

/** The access read model's positions on real PostgreSQL: each event applied once, in order, or not at all. */
class AccessProjectionTest {

    private static final DataSource DATABASE = TestDatabase.createMigrated();

    private final UUID partnership = UUID.randomUUID();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final JdbcClient jdbc = JdbcClient.create(DATABASE);
    private final AccessProjection projection = new AccessProjection(new NamedParameterJdbcTemplate(DATABASE));
    private final Polls polls = new Polls(DATABASE, meters, projection);
    private final PartnershipAccess directory = new PartnershipAccess(jdbc);

    @Test
    void eachPartnershipsPositionIsItsLastEventApplied() {
        UUID other = UUID.randomUUID();
        project(record(formed(partnership), 0), record(formed(other), 0), record(auditorGranted(partnership), 1));
        project(record(decision(partnership, UUID.randomUUID()), 2));

        assertThat(positions(Set.of(partnership, other, UUID.randomUUID())))
                .isEqualTo(Map.of(partnership, 2L, other, 0L));
        assertThat(auditor()).containsOnly(Capacity.AUDITOR);
    }

    @Test
    void aRevocationDeliveredBeforeItsGrantIsRefusedAsAGapAndChangesNothing() {
        project(record(formed(partnership), 0), record(auditorGranted(partnership), 1));

        assertThatThrownBy(() -> project(record(auditorRevoked(partnership), 3)))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, failure ->
                        assertThat(failure.getCause()).isInstanceOf(ProjectionGapException.class));

        assertThat(auditor()).containsOnly(Capacity.AUDITOR);
        assertThat(positions(Set.of(partnership))).containsEntry(partnership, 1L);
        assertThat(meters.counter("partnerledger.projection.gaps", "read.model", "access").count()).isEqualTo(1);
    }

    @Test
    void aGrantRedeliveredAfterItsRevocationChangesNothing() {
        ConsumerRecord<String, byte[]> granted = record(auditorGranted(partnership), 1);
        project(record(formed(partnership), 0), granted, record(auditorRevoked(partnership), 2));

        project(granted, record(formed(partnership), 0));

        assertThat(auditor()).isEmpty();
        assertThat(polls.acknowledgements()).isEqualTo(2);
    }

    private Set<Capacity> auditor() {
        return directory.capacities(partnership.toString(), TestCaller.AUDITOR.organisationId());
    }

    @SafeVarargs
    private void project(ConsumerRecord<String, byte[]>... records) {
        polls.project(records);
    }

    private Map<UUID, Long> positions(Set<UUID> partnershipIds) {
        return ReadModelPositions.inDatabase(new NamedParameterJdbcTemplate(DATABASE)).lastApplied(partnershipIds).getOrDefault("access", Map.of());
    }
}
