package org.partnerledger.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.partnerledger.events.PartnershipEvent;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as read from the topic, checked and ready to project: the event itself plus what its headers say about
 * its place in the partnership's stream and about who caused it.
 *
 * @param eventId           the event's id
 * @param type              its published type name, e.g. {@code DecisionRecorded}
 * @param revision          the revision of that type's schema the event is read at: the current one, an older
 *                          record having been upcast
 * @param partnershipId     the partnership, which is also the stream
 * @param sequence          its position in the stream, from 0
 * @param occurredAt        when the event was stored
 * @param actor             who issued the command (the subject of their token), or {@code null} when the producer
 *                          did not say
 * @param actorRole         the role the actor's token gave, or {@code null} when the producer did not say
 * @param actorOrganisation the organisation the actor's token named, or {@code null} when the producer did not say
 * @param commandId         the command that produced the event, or {@code null} when the producer did not say
 * @param correlationId     the request it came from, or {@code null} when the producer did not say
 * @param event             the event
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int revision,
        UUID partnershipId,
        long sequence,
        Instant occurredAt,
        String actor,
        String actorRole,
        String actorOrganisation,
        String commandId,
        String correlationId,
        PartnershipEvent event) {

    /**
     * The event as canonical JSON in UTF-8, safe to store as {@code jsonb}: written from the checked event rather
     * than copied from the record, and only on demand, since not every read model stores it. Bytes, not a string:
     * they go into a COPY as they are.
     */
    public byte[] utf8Json() {
        try {
            return EventJson.MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event that was read cannot be written back", e);
        }
    }
}
