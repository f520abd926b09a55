package org.partnerledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a partnership's history as auditors read it: what happened, and who did it.
 *
 * @param type              the published type name, e.g. {@code DecisionRecorded}
 * @param actor             who issued the command (the subject of their token), or {@code null} where the producer
 *                          did not say
 * @param actorName         the actor's display name from their profile, or {@code null} without one (never had, or
 *                          erased): the actor is then known by their subject alone
 * @param actorRole         the role the actor acted in, e.g. {@code coordinator}, or {@code null} where the producer
 *                          did not say
 * @param actorOrganisation the organisation the actor acted for, or {@code null} where the producer did not say
 * @param commandId         the command that produced the event, shared by its events, or {@code null} where the
 *                          producer did not say
 * @param data              the event's fields, as published
 */
public record HistoryEventView(long sequence, UUID eventId, String type, Instant occurredAt, String actor,
                               String actorName, String actorRole, String actorOrganisation, String commandId,
                               JsonNode data) {
}
