package org.partnerledger.query.projection;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How far each partnership's stream has been applied to a read model, in a table of its own
 * ({@code partnership_id uuid primary key, version bigint}): the positions every read model with item tables of its
 * own keeps the same way.
 */
public class StreamPositions {

    /** One statement for the batch: unlike inserts, updates sent as a JDBC batch still run one by one. */
    private static final String ADVANCE_STREAMS = """
            update %s s set version = u.version
              from unnest(:ids, :versions, :previousVersions) as u(id, version, previous_version)
             where s.partnership_id = u.id and s.version = u.previous_version""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;
    private final String table;

    /** @param table the read model's positions table, a name from its own migration (never input) */
    public StreamPositions(NamedParameterJdbcTemplate jdbc, String table) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.table = table;
    }

    public Map<UUID, Long> versions(Collection<UUID> partnershipIds) {
        return client.sql("select partnership_id, version from " + table + " where partnership_id = any(:ids)")
                .param("ids", new SqlArrayValue("uuid", partnershipIds.toArray()))
                .query((rs, row) -> Map.entry(rs.getObject("partnership_id", UUID.class), rs.getLong("version")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Moves each stream on to its last event of the batch, only from the one before its first: a second consumer
     * that got ahead during a rebalance makes this fail (or the opening of a stream it opened already), and the
     * batch is retried rather than applied twice.
     */
    public void moveOn(List<StreamBatch> streams) {
        SqlParameterSource[] opened = streams.stream().filter(StreamBatch::opensStream)
                .map(stream -> new MapSqlParameterSource()
                        .addValue("id", stream.partnershipId())
                        .addValue("version", stream.version()))
                .toArray(SqlParameterSource[]::new);
        if (opened.length > 0) {
            jdbc.batchUpdate("insert into " + table + " (partnership_id, version) values (:id, :version)", opened);
        }
        List<StreamBatch> advanced = streams.stream().filter(stream -> !stream.opensStream()).toList();
        if (!advanced.isEmpty()) {
            ReadModel.requireAllMoved(advanced.size(), jdbc.update(ADVANCE_STREAMS.formatted(table),
                    new MapSqlParameterSource()
                    .addValue("ids", column("uuid", advanced, StreamBatch::partnershipId))
                    .addValue("versions", column("int8", advanced, StreamBatch::version))
                    .addValue("previousVersions", column("int8", advanced, StreamBatch::previousVersion))));
        }
    }

    private static SqlArrayValue column(String type, List<StreamBatch> streams, Function<StreamBatch, Object> value) {
        return new SqlArrayValue(type, streams.stream().map(value).toArray());
    }
}
