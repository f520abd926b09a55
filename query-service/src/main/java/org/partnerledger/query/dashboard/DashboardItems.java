package org.partnerledger.query.dashboard;

import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.query.projection.CopyRows;
import org.partnerledger.query.projection.EventEnvelope;
import org.partnerledger.query.dashboard.ItemChanges.ActionChange;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's decision, action and conflict rows, copied in a batch of events at a time, then changed by the
 * batch's later events ({@link ItemChanges}) in one statement per table.
 */
@Repository
class DashboardItems {

    private static final String CHANGE_ACTIONS = """
            update dashboard_action a
               set responsible = coalesce(u.responsible, a.responsible),
                   accountable = coalesce(u.accountable, a.accountable),
                   due_date = coalesce(u.due_date, a.due_date),
                   completed_at = coalesce(u.completed_at, a.completed_at),
                   cancelled_at = coalesce(u.cancelled_at, a.cancelled_at)
              from unnest(:ids, :responsible, :accountable, :dueDates, :completedAt, :cancelledAt)
                   as u(id, responsible, accountable, due_date, completed_at, cancelled_at)
             where a.action_id = u.id""";
    private static final String CHANGE_CONFLICTS = """
            update dashboard_conflict c set resolved_at = u.resolved_at
              from unnest(:ids, :resolvedAt) as u(id, resolved_at)
             where c.conflict_id = u.id""";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardItems(NamedParameterJdbcTemplate jdbc) {
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
        decisions.copyInto(jdbc.getJdbcOperations());
        actions.copyInto(jdbc.getJdbcOperations());
        conflicts.copyInto(jdbc.getJdbcOperations());
        change(ItemChanges.fold(envelopes));
    }

    private void change(ItemChanges changes) {
        if (!changes.actions().isEmpty()) {
            List<ActionChange> actions = List.copyOf(changes.actions().values());
            jdbc.update(CHANGE_ACTIONS, new MapSqlParameterSource()
                    .addValue("ids", new SqlArrayValue("uuid", changes.actions().keySet().toArray()))
                    .addValue("responsible", column("text", actions, ActionChange::responsible))
                    .addValue("accountable", column("text", actions, ActionChange::accountable))
                    .addValue("dueDates", column("date", actions, change ->
                            change.dueDate() == null ? null : Date.valueOf(change.dueDate())))
                    .addValue("completedAt", column("timestamptz", actions, change -> timestamp(change.completedAt())))
                    .addValue("cancelledAt", column("timestamptz", actions,
                            change -> timestamp(change.cancelledAt()))));
        }
        if (!changes.conflicts().isEmpty()) {
            jdbc.update(CHANGE_CONFLICTS, new MapSqlParameterSource()
                    .addValue("ids", new SqlArrayValue("uuid", changes.conflicts().keySet().toArray()))
                    .addValue("resolvedAt", column("timestamptz", List.copyOf(changes.conflicts().values()),
                            change -> timestamp(change.resolvedAt()))));
        }
    }

    private static <T> SqlArrayValue column(String type, List<T> rows, Function<T, Object> value) {
        return new SqlArrayValue(type, rows.stream().map(value).toArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
