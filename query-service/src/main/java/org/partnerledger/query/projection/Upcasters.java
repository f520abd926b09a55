package org.partnerledger.query.projection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipEventsTopic;
import org.partnerledger.events.PartnershipFormedEvent;

import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Brings an event published at an earlier revision of its type up to the current one, as JSON and one revision at a
 * time, before it is read: the topic keeps every record it was ever sent, so its oldest records outlive the code
 * that wrote them. The command side upcasts its stored events the same way (its {@code PartnershipUpcasters}).
 */
final class Upcasters {

    /** The step from each revision to the next, by {@code Type/revision}. */
    private static final Map<String, UnaryOperator<ObjectNode>> STEPS = Map.of(
            step(PartnershipFormedEvent.class, 1), Upcasters::partnersWithOrganisations,
            step(DecisionRecordedEvent.class, 1), Upcasters::decisionWithoutMetrics);

    /**
     * A type's current revision is the one its last step leads to: the {@code @Revision} annotations stay on the
     * command side's classpath (a test holds the two together).
     */
    private static final ClassValue<Integer> CURRENT = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            int revision = 1;
            while (STEPS.containsKey(PartnershipEventsTopic.typeName(type) + "/" + revision)) {
                revision++;
            }
            return revision;
        }
    };

    private Upcasters() {
    }

    static int currentRevision(Class<?> eventClass) {
        return CURRENT.get(eventClass);
    }

    /** Revisions from the first to the current one can be read; a newer one needs a newer reader. */
    static boolean canRead(Class<?> eventClass, long revision) {
        return revision >= 1 && revision <= currentRevision(eventClass);
    }

    /** The event's JSON at the current revision; only called where {@link #canRead} said yes. */
    static ObjectNode upcast(Class<?> eventClass, int revision, ObjectNode json) {
        ObjectNode upcast = json;
        for (int step = revision; step < currentRevision(eventClass); step++) {
            upcast = STEPS.get(PartnershipEventsTopic.typeName(eventClass) + "/" + step).apply(upcast);
        }
        return upcast;
    }

    /** Revision 2 gave each partner its organisation id (derived from the short id where the client gave none). */
    private static ObjectNode partnersWithOrganisations(ObjectNode formed) {
        for (JsonNode partner : formed.path("partners")) {
            if (partner instanceof ObjectNode named && named.path("id").isTextual()) {
                named.put("organisationId", Partner.derivedOrganisationId(named.get("id").textValue()));
            }
        }
        return formed;
    }

    /** Revision 2 let a decision name the metrics it is expected to move: none, before. */
    private static ObjectNode decisionWithoutMetrics(ObjectNode decision) {
        decision.putArray("metricIds");
        return decision;
    }

    private static String step(Class<?> eventClass, int from) {
        return PartnershipEventsTopic.typeName(eventClass) + "/" + from;
    }
}
