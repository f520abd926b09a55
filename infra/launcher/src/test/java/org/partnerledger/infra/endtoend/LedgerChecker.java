package org.partnerledger.infra.endtoend;

import org.assertj.core.api.SoftAssertions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Proves, from the databases themselves, that nothing acknowledged was lost and nothing was doubled: the event store
 * against what clients were told, and every read model against the event store.
 */
final class LedgerChecker {

    private final String commandJdbcUrl;
    private final String queryJdbcUrl;

    LedgerChecker(String commandJdbcUrl, String queryJdbcUrl) {
        this.commandJdbcUrl = commandJdbcUrl;
        this.queryJdbcUrl = queryJdbcUrl;
    }

    /** The event store: streams without holes, and each command stored as often as its client may expect. */
    void storeMatches(Collection<SentCommand> sent) throws SQLException {
        List<StoredEvent> events = storedEvents();
        SoftAssertions softly = new SoftAssertions();
        Map<String, List<Long>> streams = events.stream().collect(Collectors.groupingBy(StoredEvent::partnershipId,
                TreeMap::new, Collectors.mapping(StoredEvent::sequence, Collectors.toList())));
        streams.forEach((id, sequences) -> softly.assertThat(sequences).as("stream of %s", id)
                .isEqualTo(LongStream.range(0, sequences.size()).boxed().toList()));
        Map<String, Long> storedPerKey = events.stream().filter(event -> event.key() != null)
                .collect(Collectors.groupingBy(StoredEvent::key, Collectors.counting()));
        for (SentCommand command : sent) {
            long stored = storedPerKey.getOrDefault(command.key(), 0L);
            switch (command.outcome()) {
                case OK -> softly.assertThat(stored).as("OK command %s", command.key()).isEqualTo(command.events());
                case REFUSED -> softly.assertThat(stored).as("refused command %s", command.key()).isZero();
                case UNKNOWN -> softly.assertThat(stored).as("unknown command %s", command.key())
                        .isIn(0L, (long) command.events());
            }
        }
        softly.assertAll();
    }

    /** Every read model holds every stored event exactly once, and its counts are those of the store. */
    void readModelsMatchTheStore() throws SQLException {
        List<StoredEvent> events = storedEvents();
        Map<String, Long> lastSequence = new TreeMap<>();
        Map<String, Long> countsByType = new HashMap<>();
        for (StoredEvent event : events) {
            lastSequence.merge(event.partnershipId(), event.sequence(), Math::max);
            countsByType.merge(event.type(), 1L, Long::sum);
        }
        SoftAssertions softly = new SoftAssertions();
        try (Connection query = DriverManager.getConnection(queryJdbcUrl, "postgres", "")) {
            for (String readModel : readModels(query)) {
                softly.assertThat(longsByPartnership(query, "SELECT partnership_id, version FROM read_model_positions"
                        + " WHERE read_model = '" + readModel + "'")).as(readModel + " versions").isEqualTo(lastSequence);
            }
            softly.assertThat(count(query, "SELECT count(*) FROM history_event")).as("history events")
                    .isEqualTo(events.size());
            softly.assertThat(count(query, "SELECT count(DISTINCT event_id) FROM history_event"))
                    .as("distinct history events").isEqualTo(events.size());
            softly.assertThat(count(query, items("decisions", "true"))).as("decisions")
                    .isEqualTo(countsByType.getOrDefault("DecisionRecordedEvent", 0L));
            softly.assertThat(count(query, items("actions", "true"))).as("actions")
                    .isEqualTo(countsByType.getOrDefault("ActionAssignedEvent", 0L));
            softly.assertThat(count(query, items("conflicts", "true"))).as("conflicts")
                    .isEqualTo(countsByType.getOrDefault("ConflictLoggedEvent", 0L));
            softly.assertThat(count(query, items("visions", "item_id <> '1'"))).as("vision revisions")
                    .isEqualTo(countsByType.getOrDefault("VisionRevisedEvent", 0L));
            softly.assertThat(count(query, items("actions", "item.state::json ->> 'completedOn' IS NOT NULL")))
                    .as("completed actions").isEqualTo(countsByType.getOrDefault("ActionCompletedEvent", 0L));
            softly.assertThat(count(query, items("conflicts", "item.state::json ->> 'resolvedAt' IS NOT NULL")))
                    .as("resolved conflicts").isEqualTo(countsByType.getOrDefault("ConflictResolvedEvent", 0L));
        }
        softly.assertAll();
    }

    /** Counts the items of one kind (stored rows, ADR 21) in every partnership's ledger that satisfy the condition. */
    private static String items(String kind, String condition) {
        return "SELECT count(*) FROM ledger_item AS item WHERE kind = '%s' AND %s".formatted(kind, condition);
    }

    private List<StoredEvent> storedEvents() throws SQLException {
        try (Connection store = DriverManager.getConnection(commandJdbcUrl, "postgres", "");
             Statement statement = store.createStatement();
             ResultSet rows = statement.executeQuery("""
                     SELECT aggregate_identifier, sequence_number, payload_type,
                            convert_from(meta_data, 'UTF8')::jsonb ->> 'idempotencyKey' AS idempotency_key
                     FROM domain_event_entry ORDER BY global_index""")) {
            List<StoredEvent> events = new ArrayList<>();
            while (rows.next()) {
                String type = rows.getString("payload_type");
                events.add(new StoredEvent(rows.getString("aggregate_identifier"), rows.getLong("sequence_number"),
                        type.substring(type.lastIndexOf('.') + 1), rows.getString("idempotency_key")));
            }
            return events;
        }
    }

    /** Every read model the query side keeps, as its view of positions lists them. */
    private static List<String> readModels(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                "SELECT DISTINCT read_model FROM read_model_positions ORDER BY 1")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static Map<String, Long> longsByPartnership(Connection connection, String sql) throws SQLException {
        Map<String, Long> values = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.put(rows.getString(1), rows.getLong(2));
            }
        }
        return values;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private record StoredEvent(String partnershipId, long sequence, String type, String key) {
    }
}
