package org.partnerledger.infra.bench;

import org.partnerledger.events.PartnershipEvent;
import org.partnerledger.web.security.AccessChange;
import org.partnerledger.web.security.AccessTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes a partnership's whole stream straight into the event store, row for row as command-service writes it
 * (JSON payload and metadata, class name and current revision, ISO timestamp, aggregate type), so that a long history
 * exists in seconds instead of hours of HTTP; command-service's publisher then publishes it like any other.
 * <p>
 * command-service writes who a partnership admits ({@code partnership_access}) in the transaction that stores the
 * events, by a subscribing handler that rows written here never reach; so the same fold ({@link AccessChange} into
 * {@link AccessTable}) is applied here, in the same transaction, and the coordinator the events name may command the
 * seeded partnership at once.
 */
final class EventStoreSeeder {

    private static final String INSERT = "INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type,"
            + " event_identifier, meta_data, payload, payload_revision, payload_type, time_stamp)"
            + " VALUES (?, ?, 'Partnership', ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    private final Database eventStore;

    EventStoreSeeder(Database eventStore) {
        this.eventStore = eventStore.with("reWriteBatchedInserts=true");
    }

    /** Stores a new partnership with the given number of events and returns its id. */
    String seed(int events) throws SQLException {
        String partnershipId = UUID.randomUUID().toString();
        try (Connection connection = eventStore.connect();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            connection.setAutoCommit(false);
            AccessTable access = new AccessTable(JdbcClient.create(new SingleConnectionDataSource(connection, true)));
            for (long sequence = 0; sequence < events; sequence++) {
                PartnershipEvent event = EventFactory.event(partnershipId, sequence);
                insert.setString(1, partnershipId);
                insert.setLong(2, sequence);
                insert.setString(3, UUID.randomUUID().toString());
                insert.setBytes(4, EventFactory.metaData(event));
                insert.setBytes(5, EventFactory.json(event));
                insert.setString(6, EventFactory.revision(event));
                insert.setString(7, event.getClass().getName());
                insert.setString(8, Instant.now().toString());
                insert.addBatch();
                access.apply(partnershipId, AccessChange.of(event));
                if ((sequence + 1) % BATCH == 0 || sequence + 1 == events) {
                    insert.executeBatch();
                }
                if ((sequence + 1) % COMMIT_EVERY == 0 || sequence + 1 == events) {
                    connection.commit();
                }
            }
        }
        return partnershipId;
    }
}
