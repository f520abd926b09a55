package org.partnerledger.command;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Events written into the store as rows, the way earlier versions (or tools around Axon) left them: for tests of what
 * reads a store it did not write itself. Samples are the frozen ones of shared-events' test-jar.
 */
public final class StoredRows {

    private static final String GOLDEN_PARTNERSHIP = "6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10";

    private final JdbcClient jdbc;

    public StoredRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores an event row with empty metadata, as of 1 January 2026. */
    public void store(String partnershipId, long sequence, Class<?> type, String revision, String json) {
        jdbc.sql("""
                        INSERT INTO domain_event_entry (aggregate_identifier, sequence_number, type, event_identifier,
                                            meta_data, payload, payload_revision, payload_type, time_stamp)
                        VALUES (?, ?, 'Partnership', ?, convert_to('{}', 'UTF8'), convert_to(?, 'UTF8'), ?, ?,
                                '2026-01-01T00:00:00Z')""")
                .params(partnershipId, sequence, UUID.randomUUID().toString(), json, revision, type.getName())
                .update();
    }

    /** A frozen sample, e.g. {@code PartnershipFormed-1.json}, as an event of the given partnership. */
    public static String golden(String sample, String partnershipId) {
        try (InputStream json = StoredRows.class.getResourceAsStream("/golden/" + sample)) {
            return new String(json.readAllBytes(), StandardCharsets.UTF_8).replace(GOLDEN_PARTNERSHIP, partnershipId);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
