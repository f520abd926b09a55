package org.partnerledger.query.dashboard;

import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.query.projection.EventEnvelope;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The dashboard's decision, action and conflict rows, inserted a batch of events at a time. */
@Repository
class DashboardItems {

    private static final String INSERT_DECISION = """
            insert into dashboard_decision (decision_id, partnership_id, sequence, title, rationale, decided_by,
                                            recorded_at)
            values (:decisionId, :partnershipId, :sequence, :title, :rationale, cast(:decidedBy as jsonb),
                    :recordedAt)""";
    private static final String INSERT_ACTION = """
            insert into dashboard_action (action_id, partnership_id, sequence, title, responsible, accountable,
                                          consulted, informed, due_date, decision_id, assigned_at)
            values (:actionId, :partnershipId, :sequence, :title, :responsible, :accountable,
                    cast(:consulted as jsonb), cast(:informed as jsonb), :dueDate, :decisionId, :assignedAt)""";
    private static final String INSERT_CONFLICT = """
            insert into dashboard_conflict (conflict_id, partnership_id, sequence, subject, description, parties,
                                            severity, logged_at)
            values (:conflictId, :partnershipId, :sequence, :subject, :description, cast(:parties as jsonb),
                    :severity, :loggedAt)""";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardItems(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds the decisions, actions and conflicts that the events record; other events add no item. */
    void add(List<EventEnvelope> envelopes) {
        List<SqlParameterSource> decisions = new ArrayList<>();
        List<SqlParameterSource> actions = new ArrayList<>();
        List<SqlParameterSource> conflicts = new ArrayList<>();
        for (EventEnvelope envelope : envelopes) {
            PartnershipEvent event = envelope.event();
            if (event instanceof DecisionRecordedEvent decision) {
                decisions.add(decisionParameters(decision, envelope));
            } else if (event instanceof ActionAssignedEvent action) {
                actions.add(actionParameters(action, envelope));
            } else if (event instanceof ConflictLoggedEvent conflict) {
                conflicts.add(conflictParameters(conflict, envelope));
            }
        }
        insert(INSERT_DECISION, decisions);
        insert(INSERT_ACTION, actions);
        insert(INSERT_CONFLICT, conflicts);
    }

    private void insert(String sql, List<SqlParameterSource> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, rows.toArray(SqlParameterSource[]::new));
        }
    }

    private static MapSqlParameterSource decisionParameters(DecisionRecordedEvent decision, EventEnvelope envelope) {
        return new MapSqlParameterSource()
                .addValue("decisionId", UUID.fromString(decision.decisionId()))
                .addValue("partnershipId", envelope.partnershipId())
                .addValue("sequence", envelope.sequence())
                .addValue("title", decision.title())
                .addValue("rationale", decision.rationale())
                .addValue("decidedBy", JsonColumns.write(decision.decidedBy()))
                .addValue("recordedAt", utc(envelope.occurredAt()));
    }

    private static MapSqlParameterSource actionParameters(ActionAssignedEvent action, EventEnvelope envelope) {
        return new MapSqlParameterSource()
                .addValue("actionId", UUID.fromString(action.actionId()))
                .addValue("partnershipId", envelope.partnershipId())
                .addValue("sequence", envelope.sequence())
                .addValue("title", action.title())
                .addValue("responsible", action.responsible())
                .addValue("accountable", action.accountable())
                .addValue("consulted", JsonColumns.write(action.consulted()))
                .addValue("informed", JsonColumns.write(action.informed()))
                .addValue("dueDate", action.dueDate())
                .addValue("decisionId", action.decisionId() == null ? null : UUID.fromString(action.decisionId()))
                .addValue("assignedAt", utc(envelope.occurredAt()));
    }

    private static MapSqlParameterSource conflictParameters(ConflictLoggedEvent conflict, EventEnvelope envelope) {
        return new MapSqlParameterSource()
                .addValue("conflictId", UUID.fromString(conflict.conflictId()))
                .addValue("partnershipId", envelope.partnershipId())
                .addValue("sequence", envelope.sequence())
                .addValue("subject", conflict.subject())
                .addValue("description", conflict.description())
                .addValue("parties", JsonColumns.write(conflict.parties()))
                .addValue("severity", conflict.severity())
                .addValue("loggedAt", utc(envelope.occurredAt()));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
