package org.partnerledger.query.projection;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How far each partnership's stream has been applied to a read model, in a table of its own
 * ({@code partnership_id uuid primary key, version bigint}): the positions every read model with item tables of its
 * own keeps the same way ({@link ReadModel#positionsTable}).
 */
final class StreamPositions {

    private final JdbcClient client;
    /** By the tables of a poll, in order: in practice one text, built once rather than for every poll. */
    private final Map<List<String>, String> moveOnStatements = new ConcurrentHashMap<>();

    StreamPositions(NamedParameterJdbcTemplate jdbc) {
        this.client = JdbcClient.create(jdbc);
    }

    /**
     * Moves each stream on to its last event of the batch, only from the one before its first, in every table at
     * once: one statement for a poll, where one a table cost a round trip each to every poll. A second consumer that
     * got ahead during a rebalance makes this fail (or the opening of a stream it opened already), and the poll is
     * retried rather than applied twice.
     *
     * @param streamsByTable the streams to move by positions table, names from the read models' own migrations
     */
    void moveOn(Map<String, List<StreamBatch>> streamsByTable) {
        List<String> tables = new ArrayList<>();
        List<Integer> tableIndexes = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<Long> versions = new ArrayList<>();
        List<Long> previousVersions = new ArrayList<>();
        streamsByTable.forEach((table, streams) -> {
            if (!streams.isEmpty()) {
                for (StreamBatch stream : streams) {
                    tableIndexes.add(tables.size());
                    ids.add(stream.partnershipId());
                    versions.add(stream.version());
                    previousVersions.add(stream.previousVersion());
                }
                tables.add(table);
            }
        });
        if (ids.isEmpty()) {
            return;
        }
        String statement = moveOnStatements.computeIfAbsent(tables, StreamPositions::moveOnStatement);
        ReadModel.requireAllMoved(ids.size(), client.sql(statement)
                .param("tables", new SqlArrayValue("int4", tableIndexes.toArray()))
                .param("ids", new SqlArrayValue("uuid", ids.toArray()))
                .param("versions", new SqlArrayValue("int8", versions.toArray()))
                .param("previousVersions", new SqlArrayValue("int8", previousVersions.toArray()))
                .query(Integer.class).single());
    }

    /**
     * An insert for the streams a batch opens and a guarded update for those it continues, per table, as the parts
     * of one statement that counts the rows they wrote. They see one snapshot, and each row is written by one part.
     */
    private static String moveOnStatement(List<String> tables) {
        StringBuilder statement = new StringBuilder("""
                with moves (t, id, version, previous_version) as (
                    select * from unnest(:tables, :ids, :versions, :previousVersions))""");
        StringJoiner counts = new StringJoiner(" + ", "\nselect (", ")::int");
        for (int t = 0; t < tables.size(); t++) {
            statement.append("""
                    ,
                    opened_%1$d as (insert into %2$s (partnership_id, version)
                        select id, version from moves where t = %1$d and previous_version = %3$d returning 1),
                    moved_%1$d as (update %2$s s set version = m.version from moves m
                        where m.t = %1$d and m.previous_version <> %3$d
                          and s.partnership_id = m.id and s.version = m.previous_version returning 1)"""
                    .formatted(t, tables.get(t), ReadModel.NOTHING_APPLIED));
            counts.add("(select count(*) from opened_%1$d) + (select count(*) from moved_%1$d)".formatted(t));
        }
        return statement.append(counts).toString();
    }
}
