package org.partnerledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of the history across partnerships: as {@link HistoryEventView}, with the partnership it belongs to.
 */
public record HistoryEntryView(UUID partnershipId, long sequence, UUID eventId, String type, Instant occurredAt,
                               String actor, String actorName, String actorRole, String actorOrganisation,
                               String commandId, JsonNode data) {
}
