package org.partnerledger.query.access;

import org.junit.jupiter.api.Test;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.security.Capacity;
import org.partnerledger.web.security.PartnershipDirectory;
import org.partnerledger.web.testing.TestCaller;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.SampleEvents.admitted;
import static org.partnerledger.query.fixtures.SampleEvents.auditorGranted;
import static org.partnerledger.query.fixtures.SampleEvents.auditorRevoked;
import static org.partnerledger.query.fixtures.SampleEvents.coordinatorAppointed;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.grant;
import static org.partnerledger.query.fixtures.SampleEvents.withdrawn;

/**
 * Who a partnership admits, as the service learns it from the topic (ADR 14): each event's change read through the
 * directory the edge asks, once the access read model has applied it.
 */
class AccessFromTheTopicTest extends RunningQueryService {

    private static final String COUNTY = Partner.derivedOrganisationId("county");

    private final UUID partnership = UUID.randomUUID();
    private long published;

    @Autowired
    private PartnershipDirectory directory;

    @Test
    void formingAdmitsThePartnersAndMakesTheNamedCoordinatorTheCoordinatingPartner() throws Exception {
        publish(formed(partnership));

        assertThat(capacitiesOf(TestCaller.COORDINATOR)).containsOnly(Capacity.COORDINATING, Capacity.PARTNER);
        assertThat(capacitiesOf(TestCaller.OTHER_MEMBER)).containsOnly(Capacity.PARTNER);
        assertThat(capacitiesOf(TestCaller.STRANGER)).isEmpty();
    }

    @Test
    void anAdmittedPartnerIsAdmittedUntilItWithdraws() throws Exception {
        publish(formed(partnership), admitted(partnership, "county"));
        assertThat(capacitiesOf(COUNTY)).containsOnly(Capacity.PARTNER);

        publish(withdrawn(partnership, "county"));
        assertThat(capacitiesOf(COUNTY)).isEmpty();
        assertThat(capacitiesOf(TestCaller.OTHER_MEMBER)).containsOnly(Capacity.PARTNER);
    }

    @Test
    void appointingAnotherCoordinatorMovesCoordinationAndLeavesTheFormerAPartner() throws Exception {
        publish(formed(partnership), coordinatorAppointed(partnership, "rcsd"));

        assertThat(capacitiesOf(TestCaller.COORDINATOR)).containsOnly(Capacity.PARTNER);
        assertThat(capacitiesOf(TestCaller.OTHER_COORDINATOR)).containsOnly(Capacity.COORDINATING, Capacity.PARTNER);
    }

    @Test
    void aGrantAdmitsItsFunder() throws Exception {
        publish(formed(partnership));
        assertThat(capacitiesOf(TestCaller.FUNDER)).isEmpty();

        publish(grant(partnership));
        assertThat(capacitiesOf(TestCaller.FUNDER)).containsOnly(Capacity.FUNDER);
    }

    @Test
    void auditorAccessIsGrantedAndRevoked() throws Exception {
        publish(formed(partnership), auditorGranted(partnership));
        assertThat(capacitiesOf(TestCaller.AUDITOR)).containsOnly(Capacity.AUDITOR);

        publish(auditorRevoked(partnership));
        assertThat(capacitiesOf(TestCaller.AUDITOR)).isEmpty();
    }

    /** An admission delivered again after the withdrawal would let the county back in, were it applied again. */
    @Test
    void aRedeliveryChangesNothing() throws Exception {
        publish(formed(partnership), admitted(partnership, "county"), withdrawn(partnership, "county"));

        KAFKA.publish(producerRecord(admitted(partnership, "county"), 1), producerRecord(formed(partnership), 0));
        publish(decision(partnership, UUID.randomUUID()));

        assertThat(capacitiesOf(COUNTY)).isEmpty();
        assertThat(capacitiesOf(TestCaller.COORDINATOR)).containsOnly(Capacity.COORDINATING, Capacity.PARTNER);
        assertThat(jdbc.sql("select count(*) from partnership_access where partnership_id = ?")
                .param(partnership.toString()).query(Long.class).single()).isEqualTo(3);
    }

    /** Publishes the partnership's next events and waits until its access has applied them. */
    private void publish(PartnershipEvent... events) throws Exception {
        for (PartnershipEvent event : events) {
            KAFKA.publish(producerRecord(event, published++));
        }
        await().atMost(PATIENCE).until(() -> jdbc.sql("select version from access_stream where partnership_id = ?")
                .param(partnership).query(Long.class).optional().orElse(-1L) == published - 1);
    }

    private Set<Capacity> capacitiesOf(TestCaller caller) {
        return capacitiesOf(caller.organisationId());
    }

    private Set<Capacity> capacitiesOf(String organisationId) {
        return directory.capacities(partnership.toString(), organisationId);
    }
}
