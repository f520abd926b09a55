package org.partnerledger.query.history;

import org.partnerledger.query.Readers;
import org.partnerledger.web.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The history across the partnerships a reader stands in, page by page, and exports of it or of one partnership's
 * history. An export is read through a cursor ({@code fetchSize} rows at a time, in a read-only transaction, as
 * PostgreSQL's driver needs for one), each row written out before the next is read: however long the history, no
 * more than a fetch of it is in memory.
 */
@Component
class HistoryReads {

    static final int FETCH_SIZE = 500;
    private static final String COLUMNS = """
            select e.partnership_id, e.sequence, e.event_id, e.type, e.occurred_at, e.actor, e.actor_role,
                   e.actor_organisation, e.command_id, e.data::text as data, p.name as actor_name
              from history_event e
              left join person_profile p on p.subject = e.actor
            """;
    private static final String ACROSS_ORDER = " order by e.occurred_at, e.partnership_id, e.sequence";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate cursor;
    private final TransactionTemplate readOnly;
    private final Duration exportTimeout;

    HistoryReads(NamedParameterJdbcTemplate jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                 @Value("${partnerledger.export.statement-timeout:10m}") Duration exportTimeout) {
        this.jdbc = jdbc;
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(FETCH_SIZE);
        this.cursor = new NamedParameterJdbcTemplate(fetching);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.exportTimeout = exportTimeout;
    }

    /** Up to {@code limit} events after the cursor, in the order of instant, partnership and sequence. */
    HistoryPageView across(String organisationId, Role role, HistoryFilter filter, HistoryCursor after, int limit) {
        MapSqlParameterSource parameters = Readers.parameters(organisationId, role);
        String sql = COLUMNS + " where e.partnership_id in " + Readers.PARTNERSHIPS
                + filter.conditions("e", parameters) + after(after, parameters) + ACROSS_ORDER + " limit :limit";
        parameters.addValue("limit", limit + 1);
        List<HistoryRow> rows = jdbc.query(sql, parameters, (rs, number) -> row(rs));
        boolean more = rows.size() > limit;
        List<HistoryRow> page = more ? rows.subList(0, limit) : rows;
        HistoryRow last = page.isEmpty() ? null : page.get(page.size() - 1);
        return new HistoryPageView(page.stream().map(HistoryExport::entry).toList(),
                more ? new HistoryCursor(last.occurredAt(), last.partnershipId(), last.sequence()).encode() : null);
    }

    /** Every event across the reader's partnerships that the filter admits, in page order, one by one. */
    void exportAcross(String organisationId, Role role, HistoryFilter filter, Consumer<HistoryRow> sink) {
        MapSqlParameterSource parameters = Readers.parameters(organisationId, role);
        stream(COLUMNS + " where e.partnership_id in " + Readers.PARTNERSHIPS + filter.conditions("e", parameters)
                + ACROSS_ORDER, parameters, sink);
    }

    /** Every event of the partnership that the filter admits, in stream order, one by one. */
    void exportOf(UUID partnershipId, HistoryFilter filter, Consumer<HistoryRow> sink) {
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", partnershipId);
        stream(COLUMNS + " where e.partnership_id = :id" + filter.conditions("e", parameters)
                + " order by e.sequence", parameters, sink);
    }

    private void stream(String sql, MapSqlParameterSource parameters, Consumer<HistoryRow> sink) {
        readOnly.executeWithoutResult(status -> {
            cursor.getJdbcOperations().execute("set local statement_timeout = " + exportTimeout.toMillis());
            cursor.query(sql, parameters, rs -> {
                sink.accept(row(rs));
            });
        });
    }


    private static String after(HistoryCursor after, MapSqlParameterSource parameters) {
        if (after == null) {
            return "";
        }
        parameters.addValue("afterAt", OffsetDateTime.ofInstant(after.occurredAt(), ZoneOffset.UTC))
                .addValue("afterPartnership", after.partnershipId())
                .addValue("afterSequence", after.sequence());
        return " and (e.occurred_at, e.partnership_id, e.sequence) > (:afterAt, :afterPartnership, :afterSequence)";
    }

    private static HistoryRow row(ResultSet rs) throws SQLException {
        return new HistoryRow(rs.getObject("partnership_id", UUID.class), rs.getLong("sequence"),
                rs.getObject("event_id", UUID.class), rs.getString("type"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("actor_name"), rs.getString("actor_role"), rs.getString("actor_organisation"),
                rs.getString("command_id"), rs.getString("data"));
    }
}
