package org.partnerledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a partnership's history as auditors read it.
 *
 * @param type  the published type name, e.g. {@code DecisionRecorded}
 * @param actor who issued the command, or {@code null} where the producer did not say
 * @param data  the event's fields, as published
 */
public record HistoryEventView(long sequence, UUID eventId, String type, Instant occurredAt, String actor,
                               JsonNode data) {
}
