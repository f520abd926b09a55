package org.partnerledger.query.dashboard;

import org.partnerledger.events.Vision;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StreamBatch;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The partnerships' summary rows: the positions and summaries a batch starts from, and the rows it leaves. */
@Repository
class DashboardRepository {

    private static final String INSERT_SUMMARY = """
            insert into dashboard_partnership (partnership_id, name, vision_statement, vision_goals, vision_revision,
                                               partners, coordinator, version, last_activity_at)
            values (:id, :name, :statement, cast(:goals as jsonb), :revision, cast(:partners as jsonb), :coordinator,
                    :version, :at)""";
    /** One statement for the batch: unlike inserts, updates sent as a JDBC batch still run one by one. */
    private static final String UPDATE_SUMMARIES = """
            update dashboard_partnership p
               set name = u.name, vision_statement = u.statement, vision_goals = cast(u.goals as jsonb),
                   vision_revision = u.revision, partners = cast(u.partners as jsonb), coordinator = u.coordinator,
                   version = u.version, last_activity_at = u.at
              from unnest(:ids, :names, :statements, :goals, :revisions, :partners, :coordinators, :versions,
                          :previousVersions, :ats)
                   as u(id, name, statement, goals, revision, partners, coordinator, version, previous_version, at)
             where p.partnership_id = u.id and p.version = u.previous_version""";

    /** For partnerships whose batch only added items: their summary stays, their position and activity move on. */
    private static final String MOVE_ON = """
            update dashboard_partnership p set version = u.version, last_activity_at = u.at
              from unnest(:ids, :versions, :previousVersions, :ats) as u(id, version, previous_version, at)
             where p.partnership_id = u.id and p.version = u.previous_version""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;

    DashboardRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
    }

    /** The version of each of the partnerships that the dashboard knows. */
    Map<UUID, Long> versions(Collection<UUID> partnershipIds) {
        return client.sql("select partnership_id, version from dashboard_partnership where partnership_id = any(:ids)")
                .param("ids", uuids(partnershipIds))
                .query((rs, row) -> Map.entry(rs.getObject("partnership_id", UUID.class), rs.getLong("version")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The stored summary of each of the partnerships that the dashboard knows. */
    Map<UUID, PartnershipSummary> summaries(Collection<UUID> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Map.of();
        }
        return client.sql("""
                        select partnership_id, name, vision_statement, vision_goals, vision_revision, partners,
                               coordinator
                          from dashboard_partnership where partnership_id = any(:ids)""")
                .param("ids", uuids(partnershipIds))
                .query((rs, row) -> Map.entry(rs.getObject("partnership_id", UUID.class), summary(rs)))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Stores each summary as of its version. A row is updated only if it is still at the version before: a second
     * consumer that got ahead (during a rebalance) makes this fail, or the insert of a row it already inserted, and
     * the batch is retried rather than written twice.
     */
    void save(List<SummaryRow> rows) {
        List<SummaryRow> inserted = rows.stream().filter(SummaryRow::opensStream).toList();
        List<SummaryRow> updated = rows.stream().filter(row -> !row.opensStream()).toList();
        if (!inserted.isEmpty()) {
            jdbc.batchUpdate(INSERT_SUMMARY, inserted.stream().map(DashboardRepository::parameters)
                    .toArray(SqlParameterSource[]::new));
        }
        if (!updated.isEmpty()) {
            ReadModel.requireAllMoved(updated.size(), jdbc.update(UPDATE_SUMMARIES, columns(updated)));
        }
    }

    /** Moves each partnership on to the stream's last event, with the same check as {@link #save}. */
    void moveOn(List<StreamBatch> streams) {
        if (streams.isEmpty()) {
            return;
        }
        ReadModel.requireAllMoved(streams.size(), jdbc.update(MOVE_ON, new MapSqlParameterSource()
                .addValue("ids", column("uuid", streams, StreamBatch::partnershipId))
                .addValue("versions", column("int8", streams, StreamBatch::version))
                .addValue("previousVersions", column("int8", streams, StreamBatch::previousVersion))
                .addValue("ats", column("timestamptz", streams, stream -> stream.last().occurredAt()))));
    }

    private static SqlParameterSource parameters(SummaryRow row) {
        PartnershipSummary summary = row.summary();
        return new MapSqlParameterSource()
                .addValue("id", row.partnershipId())
                .addValue("name", summary.name())
                .addValue("statement", summary.vision().statement())
                .addValue("goals", JsonColumns.write(summary.vision().goals()))
                .addValue("revision", summary.visionRevision())
                .addValue("partners", JsonColumns.write(summary.partners()))
                .addValue("coordinator", summary.coordinator())
                .addValue("version", row.version())
                .addValue("at", utc(row.lastActivityAt()));
    }

    private static SqlParameterSource columns(List<SummaryRow> rows) {
        return new MapSqlParameterSource()
                .addValue("ids", column("uuid", rows, SummaryRow::partnershipId))
                .addValue("names", column("text", rows, row -> row.summary().name()))
                .addValue("statements", column("text", rows, row -> row.summary().vision().statement()))
                .addValue("goals", column("text", rows, row -> JsonColumns.write(row.summary().vision().goals())))
                .addValue("revisions", column("int4", rows, row -> row.summary().visionRevision()))
                .addValue("partners", column("text", rows, row -> JsonColumns.write(row.summary().partners())))
                .addValue("coordinators", column("text", rows, row -> row.summary().coordinator()))
                .addValue("versions", column("int8", rows, SummaryRow::version))
                .addValue("previousVersions", column("int8", rows, SummaryRow::previousVersion))
                .addValue("ats", column("timestamptz", rows, SummaryRow::lastActivityAt));
    }

    /** A column of values as a PostgreSQL array; instants go as their ISO-8601 text, which it reads back exactly. */
    private static <T> SqlArrayValue column(String type, List<T> rows, Function<T, Object> value) {
        return new SqlArrayValue(type, rows.stream().map(value).toArray());
    }

    private static PartnershipSummary summary(ResultSet rs) throws SQLException {
        return new PartnershipSummary(rs.getString("name"),
                new Vision(rs.getString("vision_statement"), JsonColumns.strings(rs.getString("vision_goals"))),
                rs.getInt("vision_revision"), JsonColumns.partners(rs.getString("partners")),
                rs.getString("coordinator"));
    }

    private static SqlArrayValue uuids(Collection<UUID> ids) {
        return new SqlArrayValue("uuid", ids.toArray());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
