package org.partnerledger.command.idempotency;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

import java.time.Duration;
import java.util.Optional;

/**
 * The recorded outcomes of commands sent with an Idempotency-Key, per subject, for as long as keys live
 * ({@code partnerledger.idempotency.key-ttl}, a day by default): after that a key is free again and its old
 * outcome is forgotten.
 */
@Repository
public class IdempotentCommands {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final Duration ttl;

    IdempotentCommands(JdbcClient jdbc, Serializer serializer,
                       @Value("${partnerledger.idempotency.key-ttl:24h}") Duration ttl) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.ttl = ttl;
    }

    /** The outcome first recorded under the subject's key while it lives, with the fingerprint of its request. */
    public Optional<RecordedOutcome> find(String subject, String key) {
        return jdbc.sql("""
                        SELECT request_hash, result_type, result FROM idempotent_command
                        WHERE subject = ? AND idempotency_key = ? AND stored_at > now() - ? * interval '1 second'""")
                .params(subject, key, ttl.toSeconds())
                .query((row, number) -> new RecordedOutcome(row.getString("request_hash"),
                        serializer.deserialize(new SimpleSerializedObject<>(row.getBytes("result"), byte[].class,
                                new SimpleSerializedType(row.getString("result_type"), null)))))
                .optional();
    }

    /**
     * Records an outcome; runs inside the command's own transaction so it commits with the command's events. An
     * expired outcome under the same key gives way; a living one means the same key raced, which fails the command.
     */
    void record(IdempotencyKey key, Object outcome) {
        SerializedObject<byte[]> serialized = serializer.serialize(outcome, byte[].class);
        int stored = jdbc.sql("""
                        INSERT INTO idempotent_command (subject, idempotency_key, request_hash, result_type, result)
                        VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT (subject, idempotency_key) DO UPDATE
                        SET request_hash = excluded.request_hash, result_type = excluded.result_type,
                            result = excluded.result, stored_at = now()
                        WHERE idempotent_command.stored_at <= now() - ? * interval '1 second'""")
                .params(key.subject(), key.key(), key.requestHash(), serialized.getType().getName(),
                        serialized.getData(), ttl.toSeconds())
                .update();
        if (stored == 0) {
            throw new DuplicateKeyException("Idempotency-Key " + key.key() + " was recorded at the same moment");
        }
    }

    /** Expired keys are deleted now and then; until then {@link #find} ignores them. */
    @Scheduled(fixedDelayString = "${partnerledger.idempotency.purge-every:1h}", initialDelayString = "1m")
    void purgeExpired() {
        jdbc.sql("DELETE FROM idempotent_command WHERE stored_at <= now() - ? * interval '1 second'")
                .param(ttl.toSeconds())
                .update();
    }

    /**
     * @param requestHash the fingerprint of the request first sent with the key
     * @param outcome     what the command handler returned then
     */
    public record RecordedOutcome(String requestHash, Object outcome) {
    }
}
