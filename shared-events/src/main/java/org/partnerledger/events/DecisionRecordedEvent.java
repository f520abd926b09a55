package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The partners recorded a decision, typically in a meeting's minutes.
 *
 * @param partnershipId the partnership
 * @param decisionId    the decision's id (a UUID issued by the server)
 * @param title         what was decided, in a line
 * @param rationale     why
 * @param decidedBy     the ids of the partners who took the decision
 */
@Revision("1")
public record DecisionRecordedEvent(
        String partnershipId,
        String decisionId,
        String title,
        String rationale,
        List<String> decidedBy) implements PartnershipEvent {
}
