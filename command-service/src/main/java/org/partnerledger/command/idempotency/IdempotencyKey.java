package org.partnerledger.command.idempotency;

import org.axonframework.messaging.MetaData;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A client's Idempotency-Key together with a fingerprint of the request it was first sent with, so that the same
 * key on a different request is caught rather than answered with an unrelated outcome.
 *
 * @param key         the client's key
 * @param requestHash SHA-256 of the request as the client described it (method, path, preconditions and body)
 */
public record IdempotencyKey(String key, String requestHash) {

    /** Metadata key of the client's key; events carry it too, so an audit can tie each event to its request. */
    public static final String KEY = "idempotencyKey";
    static final String REQUEST_HASH = "idempotencyRequestHash";

    public static IdempotencyKey of(String key, String request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return new IdempotencyKey(key, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    /** The command metadata that makes the command bus record the outcome under this key. */
    public MetaData asMetaData() {
        return MetaData.with(KEY, key).and(REQUEST_HASH, requestHash);
    }

    static Optional<IdempotencyKey> from(MetaData metaData) {
        Object key = metaData.get(KEY);
        Object hash = metaData.get(REQUEST_HASH);
        return key == null || hash == null ? Optional.empty()
                : Optional.of(new IdempotencyKey(key.toString(), hash.toString()));
    }
}
