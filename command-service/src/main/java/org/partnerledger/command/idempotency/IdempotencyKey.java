package org.partnerledger.command.idempotency;

import org.axonframework.messaging.MetaData;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A client's Idempotency-Key, scoped to the subject who sent it, together with a fingerprint of the request it was
 * first sent with, so that the same key on a different request is caught rather than answered with an unrelated
 * outcome, and one person's key never answers another's request.
 *
 * @param subject     the authenticated subject whose key it is
 * @param key         the client's key
 * @param requestHash SHA-256 of the request as the client described it (method, path, preconditions and body)
 */
public record IdempotencyKey(String subject, String key, String requestHash) {

    /** Metadata key of the client's key; events carry it too, so an audit can tie each event to its request. */
    public static final String KEY = "idempotencyKey";
    static final String REQUEST_HASH = "idempotencyRequestHash";
    static final String SUBJECT = "idempotencySubject";

    public static IdempotencyKey of(String subject, String key, String request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
            return new IdempotencyKey(subject, key, HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JVM has SHA-256", impossible);
        }
    }

    /** The command metadata that makes the command bus record the outcome under this key. */
    public MetaData asMetaData() {
        return MetaData.with(KEY, key).and(REQUEST_HASH, requestHash).and(SUBJECT, subject);
    }

    static Optional<IdempotencyKey> from(MetaData metaData) {
        Object key = metaData.get(KEY);
        Object hash = metaData.get(REQUEST_HASH);
        Object subject = metaData.get(SUBJECT);
        return key == null || hash == null || subject == null ? Optional.empty()
                : Optional.of(new IdempotencyKey(subject.toString(), key.toString(), hash.toString()));
    }
}
