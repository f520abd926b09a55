package org.partnerledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.query.RunningQueryService;
import org.partnerledger.web.testing.TestCaller;
import org.partnerledger.web.testing.TestIssuer;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.headers;
import static org.partnerledger.query.fixtures.EventRecords.json;
import static org.partnerledger.query.fixtures.EventRecords.producerRecord;
import static org.partnerledger.query.fixtures.EventRecords.sentBy;
import static org.partnerledger.query.fixtures.EventRecords.with;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

/** The history says who did what, as the command side's headers say it, and shows their name where it knows one. */
class HistoryActorsTest extends RunningQueryService {

    private static final String FORMATION = "3f9a1c52-7e6b-4d8a-9c1e-2b5d7f0a4e61";
    private static final String DECISION = "b2c4e6a8-1d3f-4a5b-8c7d-9e0f1a2b3c4d";

    private final UUID partnership = UUID.randomUUID();

    @Test
    void eachEventShowsTheActorTheirRoleOrganisationAndCommand() throws Exception {
        String named = "okta|" + UUID.randomUUID();
        String token = TestIssuer.token(claims -> claims.subject(named).claim("role", "member")
                .claim("organisation", TestCaller.OTHER_MEMBER.organisationId()).claim("name", "Grace Hopper"));
        readAs("Bearer " + token, "/api/partnerships");
        Headers beforeAccessControl = headers(visionRevised(partnership, 2), 2);
        for (String name : new String[]{PartnershipEventsTopic.ACTOR, PartnershipEventsTopic.ACTOR_ROLE,
                PartnershipEventsTopic.ACTOR_ORGANISATION, PartnershipEventsTopic.COMMAND_ID}) {
            beforeAccessControl = with(beforeAccessControl, name, null);
        }

        KAFKA.publish(
                producerRecord(partnership.toString(), json(formed(partnership)),
                        with(headers(formed(partnership), 0), PartnershipEventsTopic.COMMAND_ID, FORMATION)),
                producerRecord(partnership.toString(), json(decision(partnership, UUID.randomUUID())),
                        with(sentBy(headers(decision(partnership, UUID.randomUUID()), 1), named, "member",
                                TestCaller.OTHER_MEMBER.organisationId()),
                                PartnershipEventsTopic.COMMAND_ID, DECISION)),
                producerRecord(partnership.toString(), json(visionRevised(partnership, 2)), beforeAccessControl));
        awaitProjected(partnership, 2);

        JsonNode events = readAs(TestCaller.COORDINATOR.bearer(), "/api/partnerships/" + partnership + "/history")
                .getBody().get("events");
        assertThat(events.get(0).get("actor").asText()).isEqualTo(TestCaller.COORDINATOR.subject());
        assertThat(events.get(0).get("actorRole").asText()).isEqualTo("coordinator");
        assertThat(events.get(0).get("actorOrganisation").asText()).isEqualTo(TestCaller.COORDINATOR.organisationId());
        assertThat(events.get(0).get("commandId").asText()).isEqualTo(FORMATION);
        assertThat(events.get(0).get("actorName").isNull()).isTrue();
        assertThat(events.get(1).get("actor").asText()).isEqualTo(named);
        assertThat(events.get(1).get("actorName").asText()).isEqualTo("Grace Hopper");
        assertThat(events.get(1).get("actorRole").asText()).isEqualTo("member");
        assertThat(events.get(1).get("actorOrganisation").asText()).isEqualTo(TestCaller.OTHER_MEMBER.organisationId());
        assertThat(events.get(1).get("commandId").asText()).isEqualTo(DECISION);
        for (String unsaid : new String[]{"actor", "actorName", "actorRole", "actorOrganisation", "commandId"}) {
            assertThat(events.get(2).get(unsaid).isNull()).as(unsaid).isTrue();
        }
    }
}
