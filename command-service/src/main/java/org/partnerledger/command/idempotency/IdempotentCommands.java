package org.partnerledger.command.idempotency;

import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** The recorded outcomes of commands sent with an Idempotency-Key. */
@Repository
public class IdempotentCommands {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    IdempotentCommands(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** The outcome first recorded under the key, if any, with the fingerprint of the request that produced it. */
    public Optional<RecordedOutcome> find(String key) {
        return jdbc.sql("SELECT request_hash, result_type, result FROM idempotent_command WHERE idempotency_key = ?")
                .param(key)
                .query((row, number) -> new RecordedOutcome(row.getString("request_hash"),
                        serializer.deserialize(new SimpleSerializedObject<>(row.getBytes("result"), byte[].class,
                                new SimpleSerializedType(row.getString("result_type"), null)))))
                .optional();
    }

    /** Records an outcome; runs inside the command's own transaction so it commits with the command's events. */
    void record(IdempotencyKey key, Object outcome) {
        SerializedObject<byte[]> serialized = serializer.serialize(outcome, byte[].class);
        jdbc.sql("""
                        INSERT INTO idempotent_command (idempotency_key, request_hash, result_type, result)
                        VALUES (?, ?, ?, ?)""")
                .params(key.key(), key.requestHash(), serialized.getType().getName(), serialized.getData())
                .update();
    }

    /**
     * @param requestHash the fingerprint of the request first sent with the key
     * @param outcome     what the command handler returned then
     */
    public record RecordedOutcome(String requestHash, Object outcome) {
    }
}
