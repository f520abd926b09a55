package org.partnerledger.command.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Partner;
import org.partnerledger.events.PartnershipFormedEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.function.UnaryOperator;

/**
 * Brings stored events of an earlier revision up to the current one as they are read, one revision at a time, so
 * that the aggregate and the publisher only ever see today's events. The query side reads the topic's oldest
 * records the same way (its {@code Upcasters}).
 */
final class PartnershipUpcasters {

    private PartnershipUpcasters() {
    }

    /** Revision 2 gave each partner its organisation id, derived from the short id for the partners of before. */
    @Component
    @Order(1)
    static class PartnersWithOrganisations extends RevisionStep {

        PartnersWithOrganisations() {
            super(PartnershipFormedEvent.class, "1", "2", formed -> {
                for (JsonNode partner : formed.path("partners")) {
                    if (partner instanceof ObjectNode named && named.path("id").isTextual()) {
                        named.put("organisationId", Partner.derivedOrganisationId(named.get("id").textValue()));
                    }
                }
                return formed;
            });
        }
    }

    /** Revision 2 let a decision name the metrics it is expected to move: none, before. */
    @Component
    @Order(2)
    static class DecisionsWithoutMetrics extends RevisionStep {

        DecisionsWithoutMetrics() {
            super(DecisionRecordedEvent.class, "1", "2", decision -> {
                decision.putArray("metricIds");
                return decision;
            });
        }
    }

    /** One step of one event type from a revision to the next, on the event's JSON. */
    abstract static class RevisionStep extends SingleEventUpcaster {

        private final SimpleSerializedType from;
        private final SimpleSerializedType to;
        private final UnaryOperator<ObjectNode> change;

        RevisionStep(Class<?> eventClass, String fromRevision, String toRevision, UnaryOperator<ObjectNode> change) {
            this.from = new SimpleSerializedType(eventClass.getName(), fromRevision);
            this.to = new SimpleSerializedType(eventClass.getName(), toRevision);
            this.change = change;
        }

        @Override
        protected boolean canUpcast(IntermediateEventRepresentation representation) {
            return from.equals(representation.getType());
        }

        @Override
        protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
            return representation.upcastPayload(to, JsonNode.class,
                    json -> json instanceof ObjectNode object ? change.apply(object.deepCopy()) : json);
        }
    }
}
