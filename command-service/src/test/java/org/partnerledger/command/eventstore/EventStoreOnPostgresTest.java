package org.partnerledger.command.eventstore;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.partnerledger.command.RunningCommandService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Guards the traps Axon users fall into on PostgreSQL: XStream by default, and large objects for binary data. */
class EventStoreOnPostgresTest extends RunningCommandService {

    @Autowired
    private Configuration axon;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private EventStorageEngine storage;

    @Test
    void everyAxonSerializerIsJackson() {
        assertThat(axon.serializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.eventSerializer()).isInstanceOf(JacksonSerializer.class);
        assertThat(axon.messageSerializer()).isInstanceOf(JacksonSerializer.class);
    }

    @Test
    void payloadsMetadataTokensAndSnapshotsAreByteaNeverLargeObjects() {
        assertThat(jdbc.sql("""
                        SELECT table_name || '.' || column_name || ':' || data_type FROM information_schema.columns
                        WHERE column_name IN ('payload', 'meta_data', 'token') ORDER BY 1""")
                .query(String.class).list())
                .containsExactly("domain_event_entry.meta_data:bytea", "domain_event_entry.payload:bytea",
                        "snapshot_event_entry.meta_data:bytea", "snapshot_event_entry.payload:bytea",
                        "token_entry.token:bytea");
    }

    @Test
    void transactionsAreBoundedFarBelowTheGapTimeout() {
        assertThat(jdbc.sql("SHOW statement_timeout").query(String.class).single()).isEqualTo("5s");
        assertThat(jdbc.sql("SHOW idle_in_transaction_session_timeout").query(String.class).single())
                .isEqualTo("10s");
    }

    @Test
    void aSecondEventAtTheSameSequenceIsAConcurrencyConflictNotAStoreFailure() {
        String stream = UUID.randomUUID().toString();
        storage.appendEvents(new GenericDomainEventMessage<>("Partnership", stream, 0, "formed"),
                new GenericDomainEventMessage<>("Partnership", stream, 1, "decided"));

        assertThatThrownBy(() -> storage.appendEvents(
                new GenericDomainEventMessage<>("Partnership", stream, 1, "decided elsewhere")))
                .isInstanceOf(ConcurrencyException.class);
    }
}
