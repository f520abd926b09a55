package org.partnerledger.query.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Where every read model stands on a poll's partnerships, read for all of them at once: each read model keeps its
 * positions its own way, and the view {@code read_model_positions} sets them side by side under the read model's
 * {@link ReadModel#name}. One query a poll rather than one per read model (ADR 24).
 */
@FunctionalInterface
public interface ReadModelPositions {

    /**
     * By read model, the sequence of the last event applied for each of the partnerships that has one; a read model
     * or partnership left out has applied nothing.
     */
    Map<String, Map<UUID, Long>> lastApplied(Set<UUID> partnershipIds);

    /** The view in the schema the connections use (a rebuild's shadow has one of its own). */
    static ReadModelPositions inView(JdbcClient jdbc) {
        return partnershipIds -> {
            Map<String, Map<UUID, Long>> positions = new HashMap<>();
            jdbc.sql("select read_model, partnership_id, version from read_model_positions"
                            + " where partnership_id = any(:ids)")
                    .param("ids", new SqlArrayValue("uuid", partnershipIds.toArray()))
                    .query(row -> {
                        positions.computeIfAbsent(row.getString("read_model"), readModel -> new HashMap<>())
                                .put(row.getObject("partnership_id", UUID.class), row.getLong("version"));
                    });
            return positions;
        };
    }
}
