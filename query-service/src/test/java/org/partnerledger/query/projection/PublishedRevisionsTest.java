package org.partnerledger.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.PartnershipFormedEvent;

import java.io.IOException;
import java.io.InputStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerledger.query.fixtures.EventRecords.headers;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.EventRecords.with;

/**
 * The query side reads every revision of every published event type: the golden sample of each type's current
 * revision, and the frozen samples of earlier revisions through the upcasters (both from shared-events' test-jar).
 */
class PublishedRevisionsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String PARTNERSHIP = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";

    private final EventRecordReader reader = new EventRecordReader();

    static Stream<Class<? extends PartnershipEvent>> eventTypes() {
        return PartnershipEventsTopic.typeNames().stream().sorted()
                .map(name -> PartnershipEventsTopic.eventClass(name).orElseThrow());
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theUpcastersLeadEveryTypeToTheRevisionItIsPublishedAt(Class<? extends PartnershipEvent> type) {
        assertThat(Upcasters.currentRevision(type))
                .isEqualTo(Integer.parseInt(type.getAnnotation(Revision.class).value()));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void theGoldenSampleOfEachTypeIsReadAndKeepsItsSchema(Class<? extends PartnershipEvent> type) throws IOException {
        EventEnvelope envelope = read(type, Upcasters.currentRevision(type));

        assertThat(envelope.event()).isInstanceOf(type);
        assertThat(JSON.readTree(envelope.utf8Json())).isEqualTo(golden(type, Upcasters.currentRevision(type)));
    }

    @Test
    void aFormationOfRevisionOneReadsWithDerivedOrganisationsAndNoPurposeOrSector() throws IOException {
        PartnershipFormedEvent formed = (PartnershipFormedEvent) read(PartnershipFormedEvent.class, 1).event();

        assertThat(formed.purpose()).isNull();
        assertThat(formed.partners()).extracting(Partner::id).containsExactly("abc", "rcsd");
        assertThat(formed.partners()).allSatisfy(partner -> {
            assertThat(partner.organisationId()).isEqualTo(Partner.derivedOrganisationId(partner.id()));
            assertThat(partner.sector()).isNull();
        });
    }

    @Test
    void aDecisionOfRevisionOneReadsWithoutMeetingReviewSupersededDecisionOrMetrics() throws IOException {
        DecisionRecordedEvent decision = (DecisionRecordedEvent) read(DecisionRecordedEvent.class, 1).event();

        assertThat(decision.title()).isEqualTo("Meet monthly on the first Tuesday");
        assertThat(decision.meetingId()).isNull();
        assertThat(decision.reviewBy()).isNull();
        assertThat(decision.supersedes()).isNull();
        assertThat(decision.metricIds()).isEmpty();
    }

    private EventEnvelope read(Class<? extends PartnershipEvent> type, int revision) throws IOException {
        String typeName = PartnershipEventsTopic.typeName(type);
        long sequence = type == PartnershipFormedEvent.class ? 0 : 1;
        return reader.read(record(PARTNERSHIP, JSON.writeValueAsBytes(golden(type, revision)),
                with(headers(typeName, PARTNERSHIP, sequence), PartnershipEventsTopic.EVENT_REVISION,
                        Integer.toString(revision))));
    }

    private static JsonNode golden(Class<?> type, int revision) throws IOException {
        String path = "/golden/%s-%d.json".formatted(PartnershipEventsTopic.typeName(type), revision);
        try (InputStream sample = PublishedRevisionsTest.class.getResourceAsStream(path)) {
            assertThat(sample).as(path).isNotNull();
            return JSON.readTree(sample);
        }
    }
}
