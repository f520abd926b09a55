package org.partnerledger.query.history;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partners an event names, declared per event type as the JSON paths of the fields that hold partner ids (the
 * same paths gave the events stored before, V13__history_partners.sql). Kept in a column of their own, so the
 * history is filtered by partner on an index: a partner is found where the event names it as a partner, never in
 * a title or a note that happens to spell its id.
 */
final class HistoryPartners {

    static final Map<String, List<String>> PATHS = Map.ofEntries(
            Map.entry("PartnershipFormed", List.of("$.partners[*].id", "$.coordinator")),
            Map.entry("PartnerAdmitted", List.of("$.partner.id")),
            Map.entry("PartnerWithdrawn", List.of("$.partner")),
            Map.entry("CoordinatorAppointed", List.of("$.coordinator")),
            Map.entry("DecisionRecorded", List.of("$.decidedBy[*]")),
            Map.entry("ActionAssigned", List.of("$.responsible", "$.accountable", "$.consulted[*]", "$.informed[*]")),
            Map.entry("ActionReassigned", List.of("$.responsible", "$.accountable")),
            Map.entry("ConflictLogged", List.of("$.parties[*]")),
            Map.entry("ConflictResolved", List.of("$.agreedBy[*]")),
            Map.entry("RaciRolesAssigned", List.of("$.responsible[*]", "$.accountable", "$.consulted[*]",
                    "$.informed[*]")),
            Map.entry("MinutesRecorded", List.of("$.attendees[*]")),
            Map.entry("MinutesApproved", List.of("$.approvedBy[*]")),
            Map.entry("CheckInRecorded", List.of("$.partners[*]")),
            Map.entry("MetricProposed", List.of("$.ownerPartner")),
            Map.entry("MetricEndorsed", List.of("$.partner")),
            Map.entry("MetricActivated", List.of("$.endorsedBy[*]")),
            Map.entry("MetricCollectionDelegated", List.of("$.partner")),
            Map.entry("PartnerAssetRecorded", List.of("$.partner")),
            Map.entry("StoryShared", List.of("$.partner")),
            Map.entry("ReviewRatingsSubmitted", List.of("$.partner")));

    private HistoryPartners() {
    }

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** The partners an event of the type names, each once, in the order its fields name them. */
    static Set<String> of(String type, byte[] utf8Json) {
        if (!PATHS.containsKey(type)) {
            return Set.of();
        }
        try {
            return of(type, JSON.readTree(utf8Json));
        } catch (IOException impossible) {
            throw new IllegalStateException("An event written as JSON cannot be read back", impossible);
        }
    }

    static Set<String> of(String type, JsonNode data) {
        Set<String> partners = new LinkedHashSet<>();
        for (String path : PATHS.getOrDefault(type, List.of())) {
            collect(data, List.of(path.substring(2).split("\\.")), 0, partners);
        }
        return partners;
    }

    /** As PostgreSQL reads a {@code text[]}: each element quoted, quotes and backslashes escaped. */
    static String arrayLiteral(Set<String> partners) {
        List<String> quoted = new ArrayList<>();
        partners.forEach(partner -> quoted.add('"' + partner.replace("\\", "\\\\").replace("\"", "\\\"") + '"'));
        return "{" + String.join(",", quoted) + "}";
    }

    /** Walks the steps of a path such as {@code partners[*].id}: a field, or each element of an array field. */
    private static void collect(JsonNode node, List<String> steps, int step, Set<String> partners) {
        if (node == null || node.isNull()) {
            return;
        }
        if (step == steps.size()) {
            if (node.isTextual()) {
                partners.add(node.asText());
            }
            return;
        }
        String name = steps.get(step);
        if (name.endsWith("[*]")) {
            JsonNode array = node.get(name.substring(0, name.length() - 3));
            if (array != null && array.isArray()) {
                array.forEach(element -> collect(element, steps, step + 1, partners));
            }
        } else {
            collect(node.get(name), steps, step + 1, partners);
        }
    }
}
