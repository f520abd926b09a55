package org.partnerledger.query.dashboard;

import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.query.projection.CopyRows;
import org.partnerledger.query.projection.EventEnvelope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The dashboard's decision, action and conflict rows, copied in a batch of events at a time. */
@Repository
class DashboardItems {

    private final JdbcTemplate jdbc;

    DashboardItems(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the decisions, actions and conflicts that the events record; other events add no item. */
    void add(List<EventEnvelope> envelopes) {
        CopyRows decisions = new CopyRows("dashboard_decision", "decision_id", "partnership_id", "sequence", "title",
                "rationale", "decided_by", "recorded_at");
        CopyRows actions = new CopyRows("dashboard_action", "action_id", "partnership_id", "sequence", "title",
                "responsible", "accountable", "consulted", "informed", "due_date", "decision_id", "assigned_at");
        CopyRows conflicts = new CopyRows("dashboard_conflict", "conflict_id", "partnership_id", "sequence", "subject",
                "description", "parties", "severity", "logged_at");
        for (EventEnvelope envelope : envelopes) {
            if (envelope.event() instanceof DecisionRecordedEvent decision) {
                decisions.add(decision.decisionId(), envelope.partnershipId(), envelope.sequence(), decision.title(),
                        decision.rationale(), JsonColumns.write(decision.decidedBy()), envelope.occurredAt());
            } else if (envelope.event() instanceof ActionAssignedEvent action) {
                actions.add(action.actionId(), envelope.partnershipId(), envelope.sequence(), action.title(),
                        action.responsible(), action.accountable(), JsonColumns.write(action.consulted()),
                        JsonColumns.write(action.informed()), action.dueDate(), action.decisionId(),
                        envelope.occurredAt());
            } else if (envelope.event() instanceof ConflictLoggedEvent conflict) {
                conflicts.add(conflict.conflictId(), envelope.partnershipId(), envelope.sequence(), conflict.subject(),
                        conflict.description(), JsonColumns.write(conflict.parties()), conflict.severity(),
                        envelope.occurredAt());
            }
        }
        decisions.copyInto(jdbc);
        actions.copyInto(jdbc);
        conflicts.copyInto(jdbc);
    }
}
