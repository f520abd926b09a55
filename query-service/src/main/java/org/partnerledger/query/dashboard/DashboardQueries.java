package org.partnerledger.query.dashboard;

import org.partnerledger.query.Readers;
import org.partnerledger.query.dashboard.PartnershipView.ActionCountsView;
import org.partnerledger.query.dashboard.PartnershipView.ConflictCountsView;
import org.partnerledger.query.dashboard.PartnershipView.DecisionCountsView;
import org.partnerledger.query.dashboard.PartnershipView.PartnerView;
import org.partnerledger.query.dashboard.PartnershipView.VisionView;
import org.partnerledger.web.security.Capacity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The dashboard's reads. Each is one statement, which PostgreSQL runs on one snapshot, so the counts of a
 * partnership agree with the {@code version} they are reported at even while the projection writes. None opens a
 * transaction: a read-only repeatable-read one cost four more round trips per query (isolation set and restored,
 * read back, BEGIN) and guarded nothing a single statement does not.
 */
@Repository
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The partnerships that admit the organisation in one of the capacities: joined in SQL, so that a partnership the
     * caller may not see is never read, let alone answered.
     */
    public List<PartnershipListItemView> partnerships(String organisationId, Set<Capacity> capacities) {
        return jdbc.sql("""
                        select p.partnership_id, p.name, p.coordinator, p.version, p.last_activity_at
                          from dashboard_partnership p
                         where p.partnership_id in %s
                         order by p.last_activity_at desc, p.partnership_id""".formatted(Readers.PARTNERSHIPS))
                .param("organisation", organisationId)
                .param("capacities", new SqlArrayValue("text", capacities.stream().map(Capacity::name).toArray()))
                .query((rs, row) -> new PartnershipListItemView(rs.getObject("partnership_id", UUID.class),
                        rs.getString("name"), rs.getString("coordinator"), rs.getLong("version"),
                        instant(rs, "last_activity_at")))
                .list();
    }

    public boolean exists(UUID partnershipId) {
        return jdbc.sql("select exists (select 1 from dashboard_partnership where partnership_id = :id)")
                .param("id", partnershipId).query(Boolean.class).single();
    }

    /**
     * Counts the items in SQL rather than by listing them, since a partnership may hold thousands; the action
     * filters are {@link ActionStatus#of} written as SQL.
     */
    public Optional<PartnershipView> partnership(UUID partnershipId, LocalDate today) {
        return jdbc.sql("""
                        select p.*, d.*, a.*, c.*
                          from dashboard_partnership p
                         cross join lateral (
                               select count(*) as decisions
                                 from dashboard_decision where partnership_id = p.partnership_id) d
                         cross join lateral (
                               select count(*) filter (where completed_at is null and cancelled_at is null
                                                         and due_date >= :today) as open_actions,
                                      count(*) filter (where completed_at is null and cancelled_at is null
                                                         and due_date < :today) as overdue_actions,
                                      count(*) filter (where completed_at is not null) as completed_actions,
                                      count(*) filter (where cancelled_at is not null) as cancelled_actions
                                 from dashboard_action where partnership_id = p.partnership_id) a
                         cross join lateral (
                               select count(*) filter (where resolved_at is null) as open_conflicts,
                                      count(*) filter (where resolved_at is not null) as resolved_conflicts
                                 from dashboard_conflict where partnership_id = p.partnership_id) c
                         where p.partnership_id = :id""")
                .param("id", partnershipId)
                .param("today", today)
                .query((rs, row) -> new PartnershipView(partnershipId, rs.getString("name"),
                        new VisionView(rs.getString("vision_statement"),
                                JsonColumns.strings(rs.getString("vision_goals")), rs.getInt("vision_revision")),
                        JsonColumns.partners(rs.getString("partners")).stream()
                                .map(partner -> new PartnerView(partner.id(), partner.name())).toList(),
                        rs.getString("coordinator"), new DecisionCountsView(rs.getLong("decisions")),
                        new ActionCountsView(rs.getLong("open_actions"), rs.getLong("overdue_actions"),
                                rs.getLong("completed_actions"), rs.getLong("cancelled_actions")),
                        new ConflictCountsView(rs.getLong("open_conflicts"), rs.getLong("resolved_conflicts")),
                        rs.getLong("version"), instant(rs, "last_activity_at")))
                .optional();
    }

    public List<DecisionView> decisions(UUID partnershipId) {
        return jdbc.sql("select * from dashboard_decision where partnership_id = :id order by sequence")
                .param("id", partnershipId)
                .query((rs, row) -> new DecisionView(rs.getObject("decision_id", UUID.class), rs.getString("title"),
                        rs.getString("rationale"), JsonColumns.strings(rs.getString("decided_by")),
                        instant(rs, "recorded_at")))
                .list();
    }

    public List<ActionView> actions(UUID partnershipId, LocalDate today) {
        return jdbc.sql("select * from dashboard_action where partnership_id = :id order by sequence")
                .param("id", partnershipId)
                .query((rs, row) -> {
                    LocalDate dueDate = rs.getObject("due_date", LocalDate.class);
                    return new ActionView(rs.getObject("action_id", UUID.class), rs.getString("title"),
                            rs.getString("responsible"), rs.getString("accountable"),
                            JsonColumns.strings(rs.getString("consulted")),
                            JsonColumns.strings(rs.getString("informed")), dueDate,
                            rs.getObject("decision_id", UUID.class),
                            ActionStatus.of(dueDate, instant(rs, "completed_at"), instant(rs, "cancelled_at"),
                                    today));
                })
                .list();
    }

    public List<ConflictView> conflicts(UUID partnershipId) {
        return jdbc.sql("select * from dashboard_conflict where partnership_id = :id order by sequence")
                .param("id", partnershipId)
                .query((rs, row) -> new ConflictView(rs.getObject("conflict_id", UUID.class),
                        rs.getString("subject"), rs.getString("description"),
                        JsonColumns.strings(rs.getString("parties")), rs.getString("severity"),
                        ConflictStatus.of(instant(rs, "resolved_at")), instant(rs, "logged_at")))
                .list();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
