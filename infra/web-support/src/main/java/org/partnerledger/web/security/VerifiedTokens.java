package org.partnerledger.web.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers the tokens the decoder has verified, so a client that sends the same token with every request pays for
 * its signature once rather than every time (it was a tenth of a command's CPU, ADR 23). The key is the whole token,
 * signature included, so only the very token that was verified is let in. A token is remembered until it expires, and
 * at most as long as the decoder keeps the issuer's key set, so a key the issuer withdraws stops letting a token in as
 * soon as it would have without this. Anything not remembered, or no longer, goes to the decoder, which alone decides.
 */
final class VerifiedTokens implements JwtDecoder {

    /** How long Nimbus, under Spring's decoder, keeps the issuer's key set by default. */
    static final Duration KEY_SET_LIFETIME = Duration.ofMinutes(5);
    static final int CAPACITY = 1_000;

    private record Verified(Jwt jwt, Instant until) {
    }

    private final JwtDecoder decoder;
    private final InstantSource clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedTokens(JwtDecoder decoder, InstantSource clock) {
        this.decoder = decoder;
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Instant now = clock.instant();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.jwt();
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null) {
            remember(token, new Verified(jwt, earlier(jwt.getExpiresAt(), now.plus(KEY_SET_LIFETIME))), now);
        }
        return jwt;
    }

    /** Past its capacity it forgets what has lapsed, and everything if that was not enough: a rare, cheap reset. */
    private void remember(String token, Verified entry, Instant now) {
        if (verified.size() >= CAPACITY) {
            verified.values().removeIf(lapsed -> !now.isBefore(lapsed.until()));
            if (verified.size() >= CAPACITY) {
                verified.clear();
            }
        }
        verified.put(token, entry);
    }

    int size() {
        return verified.size();
    }

    private static Instant earlier(Instant one, Instant other) {
        return one.isBefore(other) ? one : other;
    }
}
