package org.partnerledger.query.projection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.PartnershipFormedEvent;

import java.io.IOException;
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
 * Turns a Kafka record into an {@link EventEnvelope} or says, with an {@link UnreadableEventException}, why no read
 * model can ever use it. Parsing happens here rather than in a Kafka deserializer so that poison reaches the error
 * handler as an ordinary record it can dead-letter.
 */
public class EventRecordReader {

    public EventEnvelope read(ConsumerRecord<String, byte[]> record) {
        EventHeaders headers = new EventHeaders(record.headers());
        String type = headers.required(EVENT_TYPE);
        Class<? extends PartnershipEvent> eventClass = PartnershipEventsTopic.eventClass(type)
                .orElseThrow(() -> new UnreadableEventException("unknown event type '%s'".formatted(type)));
        int revision = readableRevision(headers, eventClass);
        UUID partnershipId = headers.uuid(PARTNERSHIP_ID);
        long sequence = headers.natural(SEQUENCE);
        PartnershipEvent event = event(record.value(), eventClass, revision);
        checkBelongsTo(record.key(), partnershipId, sequence, event);
        return new EventEnvelope(headers.uuid(EVENT_ID), type, Upcasters.currentRevision(eventClass), partnershipId,
                sequence, headers.instant(OCCURRED_AT), headers.optional(ACTOR), headers.optional(ACTOR_ROLE),
                headers.optional(ACTOR_ORGANISATION), headers.optional(COMMAND_ID), headers.optional(CORRELATION_ID),
                event);
    }

    private static int readableRevision(EventHeaders headers, Class<?> eventClass) {
        long revision = headers.natural(EVENT_REVISION);
        if (!Upcasters.canRead(eventClass, revision)) {
            throw new UnreadableEventException("no upcaster for revision %d".formatted(revision));
        }
        return (int) revision;
    }

    /** An event of the current revision is read straight from its bytes; an older one through its upcasters. */
    private static PartnershipEvent event(byte[] value, Class<? extends PartnershipEvent> eventClass, int revision) {
        if (value == null) {
            throw new UnreadableEventException("the record has no value");
        }
        PartnershipEvent event;
        try {
            if (revision == Upcasters.currentRevision(eventClass)) {
                event = EventJson.MAPPER.readValue(value, eventClass);
            } else if (EventJson.MAPPER.readTree(value) instanceof ObjectNode old) {
                event = EventJson.MAPPER.treeToValue(Upcasters.upcast(eventClass, revision, old), eventClass);
            } else {
                throw new UnreadableEventException("the value is not a JSON object");
            }
        } catch (IOException e) {
            throw new UnreadableEventException("the value is not a %s: %s".formatted(
                    eventClass.getSimpleName(), e.getMessage()), e);
        }
        if (event == null) {
            throw new UnreadableEventException("the value is JSON null");
        }
        EventSchema.violation((Record) event).ifPresent(violation -> {
            throw new UnreadableEventException("%s: %s".formatted(eventClass.getSimpleName(), violation));
        });
        return event;
    }

    /** Key, header and body must agree, and only a formation may open a stream: else order cannot be trusted. */
    private static void checkBelongsTo(String key, UUID partnershipId, long sequence, PartnershipEvent event) {
        String id = partnershipId.toString();
        if (!id.equalsIgnoreCase(key)) {
            throw new UnreadableEventException("key '%s' is not the partnership id %s".formatted(key, partnershipId));
        }
        if (!id.equalsIgnoreCase(event.partnershipId())) {
            throw new UnreadableEventException("the event names partnership %s, its header %s".formatted(
                    event.partnershipId(), partnershipId));
        }
        if ((sequence == 0) != (event instanceof PartnershipFormedEvent)) {
            throw new UnreadableEventException("a stream starts with exactly one PartnershipFormed at sequence 0");
        }
    }
}
