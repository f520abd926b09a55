package org.partnerledger.infra.crudpeer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Partnerships and their decisions as rows, each change written in one transaction with its audit_log row: an audit
 * entry exists exactly when its change does. The entry keeps the request as it came, for the auditor to read.
 */
@Repository
class PartnershipStore {

    private static final String INSERT_PARTNERSHIP = """
            INSERT INTO partnership (id, name, coordinator, partner_ids, partners, vision)
            VALUES (:id, :name, :coordinator, CAST(:partnerIds AS text[]), CAST(:partners AS jsonb),
                    CAST(:vision AS jsonb))""";
    /** Checks in the same round trip that the partnership exists and has every decider as a partner. */
    private static final String INSERT_DECISION = """
            INSERT INTO decision (id, partnership_id, title, rationale, decided_by)
            SELECT :id, p.id, :title, :rationale, CAST(:decidedBy AS text[])
            FROM partnership p
            WHERE p.id = :partnershipId AND p.partner_ids @> CAST(:decidedBy AS text[])""";
    private static final String INSERT_AUDIT_ENTRY = """
            INSERT INTO audit_log (actor, action, entity_id, partnership_id, details)
            VALUES (:actor, :action, :entityId, :partnershipId, CAST(:details AS jsonb))""";

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    PartnershipStore(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    @Transactional
    UUID form(String actor, FormPartnershipRequest request) {
        UUID partnershipId = UUID.randomUUID();
        jdbc.sql(INSERT_PARTNERSHIP)
                .param("id", partnershipId)
                .param("name", request.name())
                .param("coordinator", request.coordinator())
                .param("partnerIds", request.partnerIds().toArray(String[]::new))
                .param("partners", json(request.partners()))
                .param("vision", json(request.vision()))
                .update();
        audit(actor, "partnership.formed", partnershipId, partnershipId, request);
        return partnershipId;
    }

    /** Refuses, having stored nothing, a decision of an unknown partnership or of someone not its partner. */
    @Transactional
    UUID recordDecision(String actor, UUID partnershipId, RecordDecisionRequest request) {
        UUID decisionId = UUID.randomUUID();
        int inserted = jdbc.sql(INSERT_DECISION)
                .param("id", decisionId)
                .param("partnershipId", partnershipId)
                .param("title", request.title())
                .param("rationale", request.rationale())
                .param("decidedBy", request.decidedBy().toArray(String[]::new))
                .update();
        if (inserted == 0) {
            throw whyNotRecorded(partnershipId, request.decidedBy());
        }
        audit(actor, "decision.recorded", decisionId, partnershipId, request);
        return decisionId;
    }

    /** Only on the refusal path: the successful insert needs no second query. */
    private Refusal whyNotRecorded(UUID partnershipId, List<String> decidedBy) {
        return jdbc.sql("SELECT partner_ids FROM partnership WHERE id = :id")
                .param("id", partnershipId)
                .query((row, rowNumber) -> Arrays.asList((String[]) row.getArray("partner_ids").getArray()))
                .optional()
                .map(partners -> Refusal.partnerUnknown(
                        decidedBy.stream().filter(decider -> !partners.contains(decider)).toList()))
                .orElseGet(() -> Refusal.partnershipNotFound(partnershipId));
    }

    private void audit(String actor, String action, UUID entityId, UUID partnershipId, Object details) {
        jdbc.sql(INSERT_AUDIT_ENTRY)
                .param("actor", actor)
                .param("action", action)
                .param("entityId", entityId)
                .param("partnershipId", partnershipId)
                .param("details", json(details))
                .update();
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
