package org.partnerledger.infra.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.axonframework.serialization.Revision;
import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ActionCompletedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.ConflictResolvedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.PartnershipFormedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.events.VisionRevisedEvent;
import org.partnerledger.infra.identity.DemoDirectory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.partnerledger.events.PartnershipEventsTopic.ACTOR;
import static org.partnerledger.events.PartnershipEventsTopic.ACTOR_ORGANISATION;
import static org.partnerledger.events.PartnershipEventsTopic.ACTOR_ROLE;
import static org.partnerledger.events.PartnershipEventsTopic.COMMAND_ID;
import static org.partnerledger.events.PartnershipEventsTopic.CORRELATION_ID;
import static org.partnerledger.events.PartnershipEventsTopic.EVENT_ID;
import static org.partnerledger.events.PartnershipEventsTopic.EVENT_REVISION;
import static org.partnerledger.events.PartnershipEventsTopic.EVENT_TYPE;
import static org.partnerledger.events.PartnershipEventsTopic.OCCURRED_AT;
import static org.partnerledger.events.PartnershipEventsTopic.PARTNERSHIP_ID;
import static org.partnerledger.events.PartnershipEventsTopic.SEQUENCE;

/**
 * Well-formed partnership events for seeding the event store and filling topics: a formation at sequence 0, then in
 * every ten events three decisions, two actions assigned and the two completed, a conflict logged and resolved, and
 * a vision revision, so that a long history keeps a working set of the size a real one has. The JSON is
 * written as the command side's storage mapper writes it (records, ISO dates), the metadata and headers as the
 * command side's rows and publisher write them. Every partnership is coordinated by {@code abc}, and every command
 * came from the demo coordinator of {@code abc}, as if the harness had sent it signed in.
 */
final class EventFactory {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    static final List<Partner> PARTNERS = List.of(
            new Partner("abc", "Action for a Better Community", Partner.derivedOrganisationId("abc"), null),
            new Partner("rcsd", "Rochester City School District", Partner.derivedOrganisationId("rcsd"), null),
            new Partner("city", "City of Rochester", Partner.derivedOrganisationId("city"), null));
    private static final List<String> PARTNER_IDS = PARTNERS.stream().map(Partner::id).toList();
    private static final LocalDate DUE = LocalDate.of(2030, 6, 30);
    /** Who issued every command: the demo coordinator, of abc, which coordinates every partnership. */
    private static final DemoDirectory.DemoUser COORDINATOR = DemoDirectory.load().user("coordinator").orElseThrow();
    private static final String COORDINATOR_SUBJECT = COORDINATOR.subject().toString();
    private static final String COORDINATOR_ORGANISATION = Partner.derivedOrganisationId(COORDINATOR.organisation());

    private EventFactory() {
    }

    static PartnershipEvent event(String partnershipId, long sequence) {
        if (sequence == 0) {
            return new PartnershipFormedEvent(partnershipId, "Benchmark partnership " + partnershipId.substring(0, 8),
                    vision(1), PARTNERS, "abc", "Help working families reach a living wage");
        }
        String id = itemId(partnershipId, sequence);
        return switch ((int) (sequence % 10)) {
            case 1, 2, 3 -> new DecisionRecordedEvent(partnershipId, id, "Decision " + sequence,
                    "Agreed at the monthly meeting after a review of the placements report", PARTNER_IDS.subList(0, 2),
                    null, null, null, List.of());
            case 4, 5 -> new ActionAssignedEvent(partnershipId, id, "Action " + sequence, "abc", "rcsd",
                    List.of("city"), List.of(), DUE, null);
            case 6, 7 -> new ActionCompletedEvent(partnershipId, itemId(partnershipId, sequence - 2),
                    "Done as agreed", DUE.minusYears(4));
            case 8 -> new ConflictLoggedEvent(partnershipId, id, "Conflict " + sequence,
                    "The partners disagree on who shares the placement data", PARTNER_IDS.subList(0, 2), "MEDIUM");
            case 9 -> new ConflictResolvedEvent(partnershipId, itemId(partnershipId, sequence - 1),
                    "Anonymised data, shared quarterly", PARTNER_IDS.subList(0, 2), null);
            default -> new VisionRevisedEvent(partnershipId, (int) (sequence / 10) + 1,
                    vision((int) (sequence / 10) + 1), "Revised at the yearly retreat");
        };
    }

    /** The id of the item an event at this position records, so that later events can close it. */
    private static String itemId(String partnershipId, long sequence) {
        return UUID.nameUUIDFromBytes((partnershipId + "/" + sequence).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static Vision vision(int revision) {
        return new Vision("Every working family in Rochester can reach a living wage (revision " + revision + ")",
                List.of("Place 200 adults in jobs", "Open two childcare hubs"));
    }

    /** The revision the command side stores and publishes the event under: its type's current one. */
    static String revision(PartnershipEvent event) {
        return event.getClass().getAnnotation(Revision.class).value();
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Metadata as command-service stores it for a command of the given kind (CommandMetadataProvider). */
    static byte[] metaData(PartnershipEvent event) {
        Map<String, String> metaData = new LinkedHashMap<>();
        metaData.put("actor", COORDINATOR_SUBJECT);
        metaData.put("actorRole", COORDINATOR.role());
        metaData.put("actorOrganisation", COORDINATOR_ORGANISATION);
        metaData.put("correlationId", UUID.randomUUID().toString());
        metaData.put("commandId", UUID.randomUUID().toString());
        metaData.put("command", commandOf(event));
        return json(metaData);
    }

    /** A record as command-service's publisher sends it. */
    static ProducerRecord<String, byte[]> record(String topic, String partnershipId, long sequence, Instant at) {
        PartnershipEvent event = event(partnershipId, sequence);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partnershipId, json(event));
        Headers headers = record.headers();
        header(headers, EVENT_ID, UUID.randomUUID().toString());
        header(headers, EVENT_TYPE, PartnershipEventsTopic.typeName(event.getClass()));
        header(headers, EVENT_REVISION, revision(event));
        header(headers, PARTNERSHIP_ID, partnershipId);
        header(headers, SEQUENCE, Long.toString(sequence));
        header(headers, OCCURRED_AT, at.toString());
        header(headers, ACTOR, COORDINATOR_SUBJECT);
        header(headers, ACTOR_ROLE, COORDINATOR.role());
        header(headers, ACTOR_ORGANISATION, COORDINATOR_ORGANISATION);
        header(headers, COMMAND_ID, UUID.randomUUID().toString());
        header(headers, CORRELATION_ID, UUID.randomUUID().toString());
        return record;
    }

    static String header(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void header(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String commandOf(PartnershipEvent event) {
        if (event instanceof PartnershipFormedEvent) {
            return "FormPartnershipCommand";
        } else if (event instanceof DecisionRecordedEvent) {
            return "RecordDecisionCommand";
        } else if (event instanceof ActionAssignedEvent) {
            return "AssignActionCommand";
        } else if (event instanceof ConflictLoggedEvent) {
            return "LogConflictCommand";
        } else if (event instanceof ActionCompletedEvent) {
            return "CompleteActionCommand";
        } else if (event instanceof ConflictResolvedEvent) {
            return "ResolveConflictCommand";
        }
        return "ReviseVisionCommand";
    }
}
