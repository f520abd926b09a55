package org.partnerledger.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.web.security.AccessChange;
import org.partnerledger.web.security.Capacity;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Seeded events as the signed-in demo coordinator of abc would have caused them. */
class EventFactoryTest {

    private static final String PARTNERSHIP = UUID.randomUUID().toString();
    private static final String ABC = Partner.derivedOrganisationId("abc");
    private static final String COORDINATOR_SUBJECT = "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01";

    @Test
    void aSeededPartnershipIsCoordinatedByAbcAndAdmitsItsCoordinators() {
        PartnershipFormedEvent formed = (PartnershipFormedEvent) EventFactory.event(PARTNERSHIP, 0);

        assertThat(formed.coordinator()).isEqualTo("abc");
        assertThat(formed.partners()).filteredOn(partner -> partner.id().equals("abc"))
                .extracting(Partner::organisationId).containsExactly(ABC);
        assertThat(AccessChange.of(formed)).contains(new AccessChange.Admitted(ABC, Capacity.PARTNER, "abc"),
                new AccessChange.CoordinationMoved("abc"));
    }

    @Test
    void aSeededRecordCarriesTheActorHeadersOfTheDemoCoordinator() {
        ProducerRecord<String, byte[]> record = EventFactory.record("topic", PARTNERSHIP, 3, Instant.now());

        assertThat(EventFactory.header(record.headers(), PartnershipEventsTopic.ACTOR)).isEqualTo(COORDINATOR_SUBJECT);
        assertThat(EventFactory.header(record.headers(), PartnershipEventsTopic.ACTOR_ROLE)).isEqualTo("coordinator");
        assertThat(EventFactory.header(record.headers(), PartnershipEventsTopic.ACTOR_ORGANISATION)).isEqualTo(ABC);
        assertThat(UUID.fromString(EventFactory.header(record.headers(), PartnershipEventsTopic.COMMAND_ID)))
                .isNotNull();
    }

    @Test
    void aSeededRowsMetadataNamesTheActorAsCommandServiceStoresIt() throws Exception {
        JsonNode metaData = EventFactory.JSON.readTree(EventFactory.metaData(EventFactory.event(PARTNERSHIP, 1)));

        assertThat(metaData.path("actor").asText()).isEqualTo(COORDINATOR_SUBJECT);
        assertThat(metaData.path("actorRole").asText()).isEqualTo("coordinator");
        assertThat(metaData.path("actorOrganisation").asText()).isEqualTo(ABC);
        assertThat(metaData.path("commandId").asText()).isNotBlank();
        assertThat(metaData.path("correlationId").asText()).isNotBlank();
        assertThat(metaData.path("command").asText()).isEqualTo("RecordDecisionCommand");
    }
}
