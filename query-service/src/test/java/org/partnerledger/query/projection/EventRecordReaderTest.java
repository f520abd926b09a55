package org.partnerledger.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.web.testing.TestCaller;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.partnerledger.query.fixtures.EventRecords.headers;
import static org.partnerledger.query.fixtures.EventRecords.json;
import static org.partnerledger.query.fixtures.EventRecords.record;
import static org.partnerledger.query.fixtures.EventRecords.sentBy;
import static org.partnerledger.query.fixtures.EventRecords.with;
import static org.partnerledger.query.fixtures.SampleEvents.action;
import static org.partnerledger.query.fixtures.SampleEvents.conflict;
import static org.partnerledger.query.fixtures.SampleEvents.decision;
import static org.partnerledger.query.fixtures.SampleEvents.formed;
import static org.partnerledger.query.fixtures.SampleEvents.visionRevised;

class EventRecordReaderTest {

    private static final UUID PARTNERSHIP = UUID.fromString("6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10");
    private static final String ID = PARTNERSHIP.toString();
    private static final String DECISION = "DecisionRecorded";

    private final EventRecordReader reader = new EventRecordReader();

    static Stream<Arguments> eachEventType() {
        return Stream.of(arguments(formed(PARTNERSHIP), 0),
                arguments(decision(PARTNERSHIP, UUID.randomUUID()), 1),
                arguments(action(PARTNERSHIP, UUID.randomUUID(), LocalDate.of(2027, 1, 15), UUID.randomUUID()), 2),
                arguments(conflict(PARTNERSHIP, UUID.randomUUID()), 3),
                arguments(visionRevised(PARTNERSHIP, 2), 4));
    }

    @ParameterizedTest
    @MethodSource("eachEventType")
    void eachPublishedEventTypeIsReadWithItsPlaceInTheStream(PartnershipEvent event, long sequence) {
        EventEnvelope envelope = reader.read(record(event, sequence));

        assertThat(envelope.event()).isEqualTo(event);
        assertThat(envelope.type()).isEqualTo(PartnershipEventsTopic.typeName(event.getClass()));
        assertThat(envelope.partnershipId()).isEqualTo(PARTNERSHIP);
        assertThat(envelope.sequence()).isEqualTo(sequence);
        assertThat(envelope.revision()).isEqualTo(
                Integer.parseInt(event.getClass().getAnnotation(Revision.class).value()));
        assertThat(envelope.actor()).isEqualTo(TestCaller.COORDINATOR.subject());
        assertThat(reader.read(record(ID, envelope.utf8Json(),
                headers(event, sequence))).event()).isEqualTo(event);
    }

    @Test
    void anActionThatCarriesOutNoDecisionIsReadWhetherItsDecisionIdIsNullOrAbsent() {
        String withNull = """
                {"partnershipId":"%s","actionId":"%s","title":"t","responsible":"abc","accountable":"abc",
                 "consulted":[],"informed":[],"dueDate":"2027-01-15","decisionId":null}""".formatted(ID, UUID.randomUUID());
        String absent = withNull.replace(",\"decisionId\":null", "");

        assertThat(readJson("ActionAssigned", 1, withNull).event()).hasFieldOrPropertyWithValue("decisionId", null);
        assertThat(readJson("ActionAssigned", 1, absent).event()).hasFieldOrPropertyWithValue("decisionId", null);
    }

    @Test
    void whoDidItIsReadFromTheHeaders() {
        Headers headers = with(sentBy(headers(decision(PARTNERSHIP, UUID.randomUUID()), 1),
                TestCaller.OTHER_MEMBER), PartnershipEventsTopic.COMMAND_ID, "5c0ffee0-0b8f-4a55-8e6a-3b1f2e9d4c21");

        EventEnvelope envelope = reader.read(record(ID, json(decision(PARTNERSHIP, UUID.randomUUID())), headers));

        assertThat(envelope.actor()).isEqualTo(TestCaller.OTHER_MEMBER.subject());
        assertThat(envelope.actorRole()).isEqualTo("member");
        assertThat(envelope.actorOrganisation()).isEqualTo(TestCaller.OTHER_MEMBER.organisationId());
        assertThat(envelope.commandId()).isEqualTo("5c0ffee0-0b8f-4a55-8e6a-3b1f2e9d4c21");
    }

    /** Records published before access control name no one, or only a subject. */
    @Test
    void whoDidItAndTheCorrelationIdMayBeAbsent() {
        Headers headers = headers(formed(PARTNERSHIP), 0);
        for (String name : List.of(PartnershipEventsTopic.ACTOR, PartnershipEventsTopic.ACTOR_ROLE,
                PartnershipEventsTopic.ACTOR_ORGANISATION, PartnershipEventsTopic.COMMAND_ID,
                PartnershipEventsTopic.CORRELATION_ID)) {
            headers = with(headers, name, null);
        }

        EventEnvelope envelope = reader.read(record(ID, json(formed(PARTNERSHIP)), headers));

        assertThat(envelope.actor()).isNull();
        assertThat(envelope.actorRole()).isNull();
        assertThat(envelope.actorOrganisation()).isNull();
        assertThat(envelope.commandId()).isNull();
        assertThat(envelope.correlationId()).isNull();
    }

    static Stream<Arguments> unreadableRecords() {
        byte[] decision = json(decision(PARTNERSHIP, UUID.randomUUID()));
        Headers decisionHeaders = headers(decision(PARTNERSHIP, UUID.randomUUID()), 1);
        return Stream.of(
                arguments("a value that is not JSON", record(ID, bytes("not json"), decisionHeaders)),
                arguments("a JSON null", record(ID, bytes("null"), decisionHeaders)),
                arguments("no value", record(ID, null, decisionHeaders)),
                arguments("an unknown event type", record(ID, decision, headers("DecisionForgotten", ID, 1))),
                arguments("a revision with no upcaster",
                        record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.EVENT_REVISION, "3"))),
                arguments("a revision zero",
                        record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.EVENT_REVISION, "0"))),
                arguments("no event id", record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.EVENT_ID, null))),
                arguments("no sequence", record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.SEQUENCE, null))),
                arguments("a negative sequence",
                        record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.SEQUENCE, "-1"))),
                arguments("a sequence with a leading zero",
                        record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.SEQUENCE, "01"))),
                arguments("a sequence too long for a long",
                        record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.SEQUENCE, "9".repeat(19)))),
                arguments("an event id with a letter beyond hexadecimal", record(ID, decision, with(decisionHeaders,
                        PartnershipEventsTopic.EVENT_ID, "g" + UUID.randomUUID().toString().substring(1)))),
                arguments("an occurred-at that is no instant",
                        record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.OCCURRED_AT, "yesterday"))),
                arguments("a partnership header that is no UUID",
                        record(ID, decision, with(decisionHeaders, PartnershipEventsTopic.PARTNERSHIP_ID, "p-1"))),
                arguments("a key that is not the partnership", record("other", decision, decisionHeaders)),
                arguments("a body naming another partnership",
                        record(ID, json(decision(UUID.randomUUID(), UUID.randomUUID())), decisionHeaders)),
                arguments("a stream opened by something else than a formation",
                        record(ID, decision, headers(decision(PARTNERSHIP, UUID.randomUUID()), 0))),
                arguments("a second formation", record(ID, json(formed(PARTNERSHIP)), headers(formed(PARTNERSHIP), 3))),
                arguments("an unknown field", decisionJson("\"title\":\"t\",\"mood\":\"glad\"")),
                arguments("a number for text", decisionJson("\"title\":42")),
                arguments("a missing field", decisionJson("\"title\":null")),
                arguments("a duplicated field", decisionJson("\"title\":\"t\",\"title\":\"u\"")),
                arguments("text PostgreSQL cannot store", decisionJson("\"title\":\"t\\u0000\"")),
                arguments("half a surrogate pair", decisionJson("\"title\":\"t\\ud800\"")),
                arguments("trailing garbage", record(ID, bytes(new String(decision, StandardCharsets.UTF_8) + "]"),
                        decisionHeaders)),
                arguments("a decision id that is no UUID", record(ID, bytes("""
                        {"partnershipId":"%s","decisionId":"d-1","title":"t","rationale":"r","decidedBy":["abc"]}"""
                        .formatted(ID)), decisionHeaders)),
                arguments("a null in a list", record(ID, bytes("""
                        {"partnershipId":"%s","decisionId":"%s","title":"t","rationale":"r","decidedBy":[null]}"""
                        .formatted(ID, UUID.randomUUID())), decisionHeaders)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableRecords")
    void aRecordThatBreaksTheContractIsUnreadable(String description, ConsumerRecord<String, byte[]> record) {
        assertThatThrownBy(() -> reader.read(record)).isInstanceOf(UnreadableEventException.class);
    }

    private EventEnvelope readJson(String type, long sequence, String json) {
        return reader.read(record(ID, bytes(json), headers(type, ID, sequence)));
    }

    private static ConsumerRecord<String, byte[]> decisionJson(String titleFields) {
        String json = """
                {"partnershipId":"%s","decisionId":"%s",%s,"rationale":"r","decidedBy":["abc"]}"""
                .formatted(ID, UUID.randomUUID(), titleFields);
        return record(ID, bytes(json), headers(DECISION, ID, 1));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
