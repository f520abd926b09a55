package org.partnerledger.command.partnership.decision;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreType;
import org.axonframework.commandhandling.CommandHandler;
import org.partnerledger.command.partnership.CommandResult;
import org.partnerledger.command.partnership.Deadlines;
import org.partnerledger.command.partnership.Decisions;
import org.partnerledger.command.partnership.DistinctPartners;
import org.partnerledger.command.partnership.PartnershipRejection;
import org.partnerledger.command.partnership.RecordDecisionCommand;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.DecisionSupersededEvent;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.getVersion;

/**
 * The partnership's decisions. It holds no state: which decisions exist and which were superseded grows with the
 * partnership's history, so it is looked up in {@link Decisions} (ADR 8), and a snapshot carries nothing of it.
 */
@JsonIgnoreType
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class DecisionLog {

    public DecisionLog() {
        // nothing to hold
    }

    @CommandHandler
    CommandResult handle(RecordDecisionCommand command, Clock clock, Decisions decisions) {
        DistinctPartners.require(command.decidedBy());
        if (command.reviewBy() != null) {
            Deadlines.requireAhead(command.reviewBy(), clock);
        }
        if (command.supersedes() != null) {
            requireSupersedable(command.partnershipId(), command.supersedes(), decisions);
        }
        apply(new DecisionRecordedEvent(command.partnershipId(), command.decisionId(), command.title(),
                command.rationale(), command.decidedBy(), command.meetingId(), command.reviewBy(),
                command.supersedes(), command.metricIds()));
        if (command.supersedes() != null) {
            apply(new DecisionSupersededEvent(command.partnershipId(), command.supersedes(), command.decisionId()));
        }
        return new CommandResult(command.decisionId(), getVersion());
    }

    private static void requireSupersedable(String partnershipId, String decisionId, Decisions decisions) {
        if (!decisions.recorded(partnershipId, decisionId)) {
            throw PartnershipRejection.decisionUnknown(decisionId);
        }
        decisions.supersededBy(partnershipId, decisionId).ifPresent(later -> {
            throw DecisionRejection.alreadySuperseded(decisionId, later);
        });
    }
}
