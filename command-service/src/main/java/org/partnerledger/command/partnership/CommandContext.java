package org.partnerledger.command.partnership;

import org.partnerledger.command.idempotency.IdempotencyKey;
import org.partnerledger.web.security.Caller;

/**
 * What every partnership command takes from its HTTP request besides the body, resolved once for all endpoints by
 * {@link CommandContextResolver}: the partnership addressed, the item of it the path names, the version the client
 * based its command on, a fresh id for whatever the command creates, and the client's Idempotency-Key with the
 * request line it fingerprints, and who is asking under which correlation id.
 *
 * @param partnershipId   the partnership in the path, or a fresh id when the request forms one
 * @param itemId          what the path names in the partnership (a meeting, an action, a metric...), or {@code null}
 * @param expectedVersion the version from {@code If-Match}, or {@code null}
 * @param newId           a fresh UUID, issued here rather than by clients
 * @param idempotencyKey  the client's Idempotency-Key, or {@code null}
 * @param requestLine     method, path and precondition: with the body's canonical JSON, the request's fingerprint
 * @param caller          who sent the request, as their token says
 * @param correlationId   the client's X-Correlation-Id, or a fresh one
 */
public record CommandContext(String partnershipId, String itemId, Long expectedVersion, String newId,
                             String idempotencyKey, String requestLine, Caller caller, String correlationId) {

    /**
     * The key, its owner and the fingerprint under which the outcome is remembered, or {@code null} when the client
     * sent no key.
     */
    IdempotencyKey idempotency(Object body) {
        return idempotencyKey == null ? null
                : IdempotencyKey.of(caller.subject(), idempotencyKey, requestLine + " " + CanonicalJson.write(body));
    }
}
