package org.partnerledger.query.projection;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where every read model stands on a poll's partnerships, read for all of them at once: each read model keeps its
 * positions its own way, and the view {@code read_model_positions} sets them side by side under the read model's
 * {@link ReadModel#name}. One query a poll rather than one per read model (ADR 24); and the positions kept in
 * positions tables are moved in one statement a poll too (ADR 27).
 */
public interface ReadModelPositions {

    /**
     * By read model, the sequence of the last event applied for each of the partnerships that has one; a read model
     * or partnership left out has applied nothing.
     */
    Map<String, Map<UUID, Long>> lastApplied(Set<UUID> partnershipIds);

    /** Moves a poll's streams on, by table ({@link ReadModel#positionsTable}), as {@link StreamPositions#moveOn}. */
    void moveOn(Map<String, List<StreamBatch>> streamsByTable);

    /** The view and tables in the schema the connections use (a rebuild's shadow has its own). */
    static ReadModelPositions inDatabase(NamedParameterJdbcTemplate jdbc) {
        JdbcClient client = JdbcClient.create(jdbc);
        StreamPositions streams = new StreamPositions(jdbc);
        return new ReadModelPositions() {
            @Override
            public Map<String, Map<UUID, Long>> lastApplied(Set<UUID> partnershipIds) {
                Map<String, Map<UUID, Long>> positions = new HashMap<>();
                client.sql("select read_model, partnership_id, version from read_model_positions"
                                + " where partnership_id = any(:ids)")
                        .param("ids", new SqlArrayValue("uuid", partnershipIds.toArray()))
                        .query(row -> {
                            positions.computeIfAbsent(row.getString("read_model"), readModel -> new HashMap<>())
                                    .put(row.getObject("partnership_id", UUID.class), row.getLong("version"));
                        });
                return positions;
            }

            @Override
            public void moveOn(Map<String, List<StreamBatch>> streamsByTable) {
                streams.moveOn(streamsByTable);
            }
        };
    }
}
