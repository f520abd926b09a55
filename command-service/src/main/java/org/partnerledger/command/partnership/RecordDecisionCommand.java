package org.partnerledger.command.partnership;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Records a decision of the partners, decided by {@code DecisionLog}. The meeting is taken as given; a decision that
 * supersedes another must name one this partnership recorded and nobody superseded yet.
 *
 * @param meetingId  the meeting whose minutes record it, or {@code null}
 * @param reviewBy   the date by which the partners mean to review it, or {@code null}
 * @param supersedes the earlier decision it replaces, or {@code null}
 * @param metricIds  the shared metrics it is expected to move, possibly none
 */
public record RecordDecisionCommand(@TargetAggregateIdentifier String partnershipId,
                                    @TargetAggregateVersion Long expectedVersion,
                                    String decisionId, String title, String rationale, List<String> decidedBy,
                                    String meetingId, LocalDate reviewBy, String supersedes, List<String> metricIds)
        implements NamesPartners, NamesMetrics, PartnerCommand {

    /** A decision outside any meeting, with no review date, superseding nothing and naming no metric. */
    public RecordDecisionCommand(String partnershipId, Long expectedVersion, String decisionId, String title,
                                 String rationale, List<String> decidedBy) {
        this(partnershipId, expectedVersion, decisionId, title, rationale, decidedBy, null, null, null, List.of());
    }

    @Override
    public Collection<String> partnersNamed() {
        return decidedBy;
    }

    @Override
    public Collection<String> metricsNamed() {
        return metricIds;
    }

    /** A member records a decision their own partner took part in. */
    @Override
    public Collection<String> concernedPartners(ItemOwners owners) {
        return decidedBy;
    }
}
