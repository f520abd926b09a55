package org.partnerledger.query.history;

import java.time.Instant;
import java.util.UUID;

/** One event as the history stores it, its data still the JSON text it was stored as: what an export writes. */
record HistoryRow(UUID partnershipId, long sequence, UUID eventId, String type, Instant occurredAt, String actor,
                  String actorName, String actorRole, String actorOrganisation, String commandId, String data) {
}
