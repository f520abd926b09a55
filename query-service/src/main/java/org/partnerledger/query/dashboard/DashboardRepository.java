package org.partnerledger.query.dashboard;

import org.partnerledger.events.ActionAssignedEvent;
import org.partnerledger.events.ConflictLoggedEvent;
import org.partnerledger.events.DecisionRecordedEvent;
import org.partnerledger.events.Vision;
import org.partnerledger.query.projection.ReadModel;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

/** The dashboard's writes, and the summary its fold starts from. */
@Repository
class DashboardRepository {

    private static final String INSERT_SUMMARY = """
            insert into dashboard_partnership (partnership_id, name, vision_statement, vision_goals, vision_revision,
                                               partners, coordinator, version, last_activity_at)
            values (:id, :name, :statement, cast(:goals as jsonb), :revision, cast(:partners as jsonb), :coordinator,
                    :version, :at)
            on conflict (partnership_id) do nothing""";
    private static final String UPDATE_SUMMARY = """
            update dashboard_partnership
               set name = :name, vision_statement = :statement, vision_goals = cast(:goals as jsonb),
                   vision_revision = :revision, partners = cast(:partners as jsonb), coordinator = :coordinator,
                   version = :version, last_activity_at = :at
             where partnership_id = :id and version = :version - 1""";

    private final JdbcClient jdbc;

    DashboardRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long lastApplied(UUID partnershipId) {
        return jdbc.sql("select version from dashboard_partnership where partnership_id = :id")
                .param("id", partnershipId)
                .query(Long.class).optional().orElse(ReadModel.NOTHING_APPLIED);
    }

    PartnershipSummary summary(UUID partnershipId) {
        return jdbc.sql("""
                        select name, vision_statement, vision_goals, vision_revision, partners, coordinator
                          from dashboard_partnership where partnership_id = :id""")
                .param("id", partnershipId)
                .query((rs, row) -> summary(rs)).single();
    }

    /**
     * Stores the summary as of {@code version}, only if the row is still at the version before: a second consumer
     * that got ahead (during a rebalance) makes this fail and retry rather than write twice.
     */
    void save(UUID partnershipId, PartnershipSummary summary, long version, Instant occurredAt) {
        int changed = jdbc.sql(version == 0 ? INSERT_SUMMARY : UPDATE_SUMMARY)
                .params(Map.of("id", partnershipId, "name", summary.name(),
                        "statement", summary.vision().statement(), "goals", JsonColumns.write(summary.vision().goals()),
                        "revision", summary.visionRevision(), "partners", JsonColumns.write(summary.partners()),
                        "coordinator", summary.coordinator(), "version", version, "at", utc(occurredAt)))
                .update();
        if (changed != 1) {
            throw new OptimisticLockingFailureException(
                    "Partnership %s moved on while version %d was applied".formatted(partnershipId, version));
        }
    }

    void addDecision(DecisionRecordedEvent decision, long sequence, Instant occurredAt) {
        jdbc.sql("""
                        insert into dashboard_decision (decision_id, partnership_id, sequence, title, rationale,
                                                        decided_by, recorded_at)
                        values (:decisionId, :partnershipId, :sequence, :title, :rationale, cast(:decidedBy as jsonb),
                                :recordedAt)""")
                .param("decisionId", UUID.fromString(decision.decisionId()))
                .param("partnershipId", UUID.fromString(decision.partnershipId()))
                .param("sequence", sequence)
                .param("title", decision.title())
                .param("rationale", decision.rationale())
                .param("decidedBy", JsonColumns.write(decision.decidedBy()))
                .param("recordedAt", utc(occurredAt))
                .update();
    }

    void addAction(ActionAssignedEvent action, long sequence, Instant occurredAt) {
        jdbc.sql("""
                        insert into dashboard_action (action_id, partnership_id, sequence, title, responsible,
                                                      accountable, consulted, informed, due_date, decision_id,
                                                      assigned_at)
                        values (:actionId, :partnershipId, :sequence, :title, :responsible, :accountable,
                                cast(:consulted as jsonb), cast(:informed as jsonb), :dueDate, :decisionId,
                                :assignedAt)""")
                .param("actionId", UUID.fromString(action.actionId()))
                .param("partnershipId", UUID.fromString(action.partnershipId()))
                .param("sequence", sequence)
                .param("title", action.title())
                .param("responsible", action.responsible())
                .param("accountable", action.accountable())
                .param("consulted", JsonColumns.write(action.consulted()))
                .param("informed", JsonColumns.write(action.informed()))
                .param("dueDate", action.dueDate())
                .param("decisionId", action.decisionId() == null ? null : UUID.fromString(action.decisionId()))
                .param("assignedAt", utc(occurredAt))
                .update();
    }

    void addConflict(ConflictLoggedEvent conflict, long sequence, Instant occurredAt) {
        jdbc.sql("""
                        insert into dashboard_conflict (conflict_id, partnership_id, sequence, subject, description,
                                                        parties, severity, logged_at)
                        values (:conflictId, :partnershipId, :sequence, :subject, :description,
                                cast(:parties as jsonb), :severity, :loggedAt)""")
                .param("conflictId", UUID.fromString(conflict.conflictId()))
                .param("partnershipId", UUID.fromString(conflict.partnershipId()))
                .param("sequence", sequence)
                .param("subject", conflict.subject())
                .param("description", conflict.description())
                .param("parties", JsonColumns.write(conflict.parties()))
                .param("severity", conflict.severity())
                .param("loggedAt", utc(occurredAt))
                .update();
    }

    private static PartnershipSummary summary(ResultSet rs) throws SQLException {
        return new PartnershipSummary(rs.getString("name"),
                new Vision(rs.getString("vision_statement"), JsonColumns.strings(rs.getString("vision_goals"))),
                rs.getInt("vision_revision"), JsonColumns.partners(rs.getString("partners")),
                rs.getString("coordinator"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
