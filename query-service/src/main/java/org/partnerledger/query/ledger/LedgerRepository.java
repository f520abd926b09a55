package org.partnerledger.query.ledger;

import org.partnerledger.query.projection.EventLog;
import org.partnerledger.query.projection.StoredState;
import org.partnerledger.query.projection.ReadModel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each partnership's live {@link Ledger}, as JSON beside the columns lists sort, page and show. A batch reads the
 * ledgers it moves on in one query and writes them in two batches; a ledger moves on only from the version it
 * was read at, so a second consumer that got ahead makes the batch fail and be retried rather than applied twice.
 */
@Repository
class LedgerRepository {

    private static final String INSERT = """
            insert into ledger_state (partnership_id, version, name, coordinator, last_event_at, shape, state)
            values (:id, :version, :name, :coordinator, :lastEventAt, :shape, :state)""";
    /**
     * One statement a ledger, sent as one batch: an array of JSON documents would be escaped character by character
     * into an array literal, which was a quarter of the projection's time in a rebuild's profile.
     */
    private static final String ADVANCE = """
            update ledger_state set version = :version, name = :name, coordinator = :coordinator,
                   last_event_at = :lastEventAt, shape = :shape, state = :state
             where partnership_id = :id and version = :previousVersion""";

    private final NamedParameterJdbcTemplate jdbc;
    private final JdbcClient client;
    private final EventLog history;

    LedgerRepository(NamedParameterJdbcTemplate jdbc, EventLog history) {
        this.jdbc = jdbc;
        this.client = JdbcClient.create(jdbc);
        this.history = history;
    }

    Map<UUID, Long> versions(Collection<UUID> partnershipIds) {
        return client.sql("select partnership_id, version from ledger_state where partnership_id = any(:ids)")
                .param("ids", new SqlArrayValue("uuid", partnershipIds.toArray()))
                .query((row, number) -> Map.entry(row.getObject("partnership_id", UUID.class), row.getLong("version")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Map<UUID, Ledger> load(Collection<UUID> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Map.of();
        }
        return client.sql("""
                        select partnership_id, version, shape, state from ledger_state
                         where partnership_id = any(:ids)""")
                .param("ids", new SqlArrayValue("uuid", partnershipIds.toArray()))
                .query(this::ledger)
                .list().stream().collect(Collectors.toMap(ledger -> UUID.fromString(ledger.partnershipId),
                        ledger -> ledger));
    }

    Optional<Ledger> find(UUID partnershipId) {
        return client.sql("select partnership_id, version, shape, state from ledger_state"
                        + " where partnership_id = :id")
                .param("id", partnershipId).query(this::ledger).optional();
    }

    /**
     * A stored ledger, folded again from the history when it was stored in an earlier shape. The history is a read
     * model of its own and may not have reached the stored version yet: the projection's batch then fails and is
     * retried once it has.
     */
    private Ledger ledger(ResultSet row, int number) throws SQLException {
        if (row.getInt("shape") == Ledger.SHAPE) {
            return read(row.getString("state"));
        }
        UUID id = row.getObject("partnership_id", UUID.class);
        long version = row.getLong("version");
        Ledger refolded = LedgerFold.fold(Ledger.of(id.toString()), history.upToVersion(id, version));
        if (refolded.version != version) {
            throw new IllegalStateException("The history of %s is at %d, behind its ledger at %d"
                    .formatted(id, refolded.version, version));
        }
        return refolded;
    }

    /** The version the live ledger is at, or empty for a partnership not (yet) known here. */
    Optional<Long> version(UUID partnershipId) {
        return client.sql("select version from ledger_state where partnership_id = :id")
                .param("id", partnershipId).query(Long.class).optional();
    }

    /** Stores the ledgers a batch opened. */
    void insert(List<Ledger> opened) {
        if (!opened.isEmpty()) {
            jdbc.batchUpdate(INSERT, opened.stream().map(LedgerRepository::row).toArray(SqlParameterSource[]::new));
        }
    }

    /** Moves on the ledgers a batch advanced, each from the version it was read at. */
    void advance(List<Ledger> advanced, Map<UUID, Long> previousVersions) {
        if (advanced.isEmpty()) {
            return;
        }
        int[] moved = jdbc.batchUpdate(ADVANCE, advanced.stream().map(ledger -> row(ledger)
                        .addValue("previousVersion", previousVersions.get(UUID.fromString(ledger.partnershipId))))
                .toArray(SqlParameterSource[]::new));
        ReadModel.requireAllMoved(advanced.size(), Arrays.stream(moved).sum());
    }

    private static MapSqlParameterSource row(Ledger ledger) {
        return new MapSqlParameterSource()
                .addValue("id", UUID.fromString(ledger.partnershipId))
                .addValue("version", ledger.version)
                .addValue("name", ledger.name)
                .addValue("coordinator", ledger.coordinator)
                .addValue("lastEventAt", Timestamp.from(ledger.lastEventAt))
                .addValue("shape", Ledger.SHAPE)
                .addValue("state", write(ledger));
    }

    static String write(Ledger ledger) {
        return StoredState.write(ledger);
    }

    static Ledger read(String json) {
        return StoredState.read(json, Ledger.class);
    }
}
