package org.partnerledger.query.ledger;

import org.partnerledger.query.ledger.LedgerItems.Key;
import org.partnerledger.query.ledger.LedgerItems.Kind;
import org.partnerledger.query.ledger.LedgerItems.Row;
import org.partnerledger.query.ledger.LedgerItems.Tracked;
import org.partnerledger.query.projection.EventLog;
import org.partnerledger.query.projection.ReadModel;
import org.partnerledger.query.projection.StoredState;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Each partnership's live {@link Ledger}: its summary beside the columns lists sort, page and show, and its items in
 * rows of their own ({@link LedgerItems}). A batch reads the summaries and the items its events name in two queries
 * and writes them in batches; a ledger moves on only from the version it was read at, so a second consumer that got
 * ahead makes the batch fail and be retried rather than applied twice.
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
    private static final String PUT_ITEM = """
            insert into ledger_item (partnership_id, kind, item_id, position, state)
            values (:id, :kind, :itemId, :position, :state)
            on conflict (partnership_id, kind, item_id) do update set position = excluded.position,
                                                                     state = excluded.state""";

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
                .param("ids", uuids(partnershipIds))
                .query((row, number) -> Map.entry(row.getObject("partnership_id", UUID.class), row.getLong("version")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Whole ledgers, every item in. */
    Map<UUID, Ledger> load(Collection<UUID> partnershipIds) {
        if (partnershipIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Summary> summaries = summaries(partnershipIds);
        // The items of ledgers stored in an earlier shape are not read: those are folded again from the history.
        List<UUID> current = summaries.values().stream().filter(summary -> summary.shape() == Ledger.SHAPE)
                .map(Summary::id).toList();
        Map<UUID, List<Row>> items = current.isEmpty() ? Map.of() : byPartnership(client.sql(
                        "select partnership_id, kind, item_id, position, state from ledger_item"
                                + " where partnership_id = any(:ids)")
                .param("ids", uuids(current)));
        Map<UUID, Ledger> ledgers = new HashMap<>();
        summaries.forEach((id, summary) -> ledgers.put(id,
                tracked(summary, items.getOrDefault(id, List.of()), null).ledger()));
        return ledgers;
    }

    Optional<Ledger> find(UUID partnershipId) {
        return Optional.ofNullable(load(List.of(partnershipId)).get(partnershipId));
    }

    /**
     * For a batch to fold into: each ledger's summary with the items its events name, or the whole ledger when it
     * was folded again from the history.
     */
    Map<UUID, Tracked> loadNamed(Map<UUID, Set<Key>> named) {
        if (named.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        List<String> itemIds = new ArrayList<>();
        named.forEach((id, keys) -> keys.forEach(key -> {
            ids.add(id);
            kinds.add(key.kind().stored);
            itemIds.add(key.id());
        }));
        Map<UUID, List<Row>> items = byPartnership(client.sql("""
                        select i.partnership_id, i.kind, i.item_id, i.position, i.state
                          from unnest(:ids, :kinds, :itemIds) as n(partnership_id, kind, item_id)
                          join ledger_item i using (partnership_id, kind, item_id)""")
                .param("ids", uuids(ids))
                .param("kinds", new SqlArrayValue("text", kinds.toArray()))
                .param("itemIds", new SqlArrayValue("text", itemIds.toArray())));
        Map<UUID, Tracked> ledgers = new HashMap<>();
        summaries(named.keySet()).forEach((id, summary) -> ledgers.put(id,
                tracked(summary, items.getOrDefault(id, List.of()), named.get(id))));
        return ledgers;
    }

    private record Summary(UUID id, long version, int shape, String state) {
    }

    private Map<UUID, Summary> summaries(Collection<UUID> partnershipIds) {
        return client.sql("select partnership_id, version, shape, state from ledger_state"
                        + " where partnership_id = any(:ids)")
                .param("ids", uuids(partnershipIds))
                .query((row, number) -> new Summary(row.getObject("partnership_id", UUID.class),
                        row.getLong("version"), row.getInt("shape"), row.getString("state")))
                .list().stream().collect(Collectors.toMap(Summary::id, summary -> summary));
    }

    /**
     * A stored ledger, whole or with only the named items, or whole and folded again from the history when it was
     * stored in an earlier shape. The history is a read model of its own and may not have reached the stored version
     * yet: the projection's batch then fails and is retried once it has.
     */
    private Tracked tracked(Summary summary, List<Row> items, Set<Key> named) {
        if (summary.shape() == Ledger.SHAPE) {
            return named == null ? LedgerItems.assemble(summary.state(), items)
                    : LedgerItems.partial(summary.state(), items, named);
        }
        Tracked refolded = LedgerItems.fold(LedgerItems.opened(summary.id().toString()),
                history.upToVersion(summary.id(), summary.version()));
        if (refolded.ledger().version != summary.version()) {
            throw new IllegalStateException("The history of %s is at %d, behind its ledger at %d"
                    .formatted(summary.id(), refolded.ledger().version, summary.version()));
        }
        return refolded;
    }

    /** Item rows a statement selects, by partnership. */
    private static Map<UUID, List<Row>> byPartnership(JdbcClient.StatementSpec statement) {
        return statement.query(LedgerRepository::itemRow).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static Map.Entry<UUID, Row> itemRow(ResultSet row, int number) throws SQLException {
        return Map.entry(row.getObject("partnership_id", UUID.class), new Row(
                new Key(Kind.stored(row.getString("kind")), row.getString("item_id")), row.getLong("position"),
                row.getString("state")));
    }

    /** The version the live ledger is at, or empty for a partnership not (yet) known here. */
    Optional<Long> version(UUID partnershipId) {
        return client.sql("select version from ledger_state where partnership_id = :id")
                .param("id", partnershipId).query(Long.class).optional();
    }

    /** Stores the ledgers a batch opened, and moves on those it advanced, each from the version it was read at. */
    void write(List<Tracked> opened, List<Tracked> advanced, Map<UUID, Long> previousVersions) {
        if (!opened.isEmpty()) {
            jdbc.batchUpdate(INSERT, opened.stream().map(LedgerRepository::summaryRow)
                    .toArray(SqlParameterSource[]::new));
        }
        if (!advanced.isEmpty()) {
            int[] moved = jdbc.batchUpdate(ADVANCE, advanced.stream().map(tracked -> summaryRow(tracked)
                            .addValue("previousVersion", previousVersions.get(partnershipId(tracked))))
                    .toArray(SqlParameterSource[]::new));
            ReadModel.requireAllMoved(advanced.size(), Arrays.stream(moved).sum());
        }
        List<SqlParameterSource> items = new ArrayList<>();
        for (List<Tracked> ledgers : List.of(opened, advanced)) {
            for (Tracked tracked : ledgers) {
                UUID id = partnershipId(tracked);
                tracked.rows().forEach(row -> items.add(new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("kind", row.key().kind().stored)
                        .addValue("itemId", row.key().id())
                        .addValue("position", row.position())
                        .addValue("state", row.state())));
            }
        }
        if (!items.isEmpty()) {
            jdbc.batchUpdate(PUT_ITEM, items.toArray(SqlParameterSource[]::new));
        }
    }

    private static UUID partnershipId(Tracked tracked) {
        return UUID.fromString(tracked.ledger().partnershipId);
    }

    private static SqlArrayValue uuids(Collection<UUID> ids) {
        return new SqlArrayValue("uuid", ids.toArray());
    }

    private static MapSqlParameterSource summaryRow(Tracked tracked) {
        Ledger ledger = tracked.ledger();
        // An OffsetDateTime, not a Timestamp: the driver formats a Timestamp through a calendar it builds each time.
        return new MapSqlParameterSource()
                .addValue("id", UUID.fromString(ledger.partnershipId))
                .addValue("version", ledger.version)
                .addValue("name", ledger.name)
                .addValue("coordinator", ledger.coordinator)
                .addValue("lastEventAt", ledger.lastEventAt.atOffset(ZoneOffset.UTC))
                .addValue("shape", Ledger.SHAPE)
                .addValue("state", tracked.summary());
    }

    /** The whole ledger as JSON, every item in: how tests compare two ledgers. */
    static String write(Ledger ledger) {
        return StoredState.write(ledger);
    }

    static Ledger read(String json) {
        return StoredState.read(json, Ledger.class);
    }
}
