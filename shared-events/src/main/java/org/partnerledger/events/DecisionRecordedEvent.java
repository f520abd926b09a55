package org.partnerledger.events;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * The partners recorded a decision, typically in a meeting's minutes. Revision 2 added the meeting, the review-by
 * date, the decision superseded and the metrics; revision-1 events read as revision 2 without any of them.
 *
 * @param partnershipId the partnership
 * @param decisionId    the decision's id (a UUID issued by the server)
 * @param title         what was decided, in a line
 * @param rationale     why
 * @param decidedBy     the ids of the partners who took the decision
 * @param meetingId     the meeting whose minutes record it, or {@code null} when taken outside a meeting
 * @param reviewBy      the date by which the partners mean to review it, or {@code null}
 * @param supersedes    the earlier decision this one replaces, or {@code null}
 * @param metricIds     the shared metrics it is expected to move, possibly none
 */
@Revision("2")
public record DecisionRecordedEvent(
        @Uuid String partnershipId,
        @Uuid String decisionId,
        String title,
        String rationale,
        List<String> decidedBy,
        @Nullable @Uuid String meetingId,
        @Nullable LocalDate reviewBy,
        @Nullable @Uuid String supersedes,
        @Uuid List<String> metricIds) implements PartnershipEvent {
}
