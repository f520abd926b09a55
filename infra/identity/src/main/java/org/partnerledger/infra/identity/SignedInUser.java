package org.partnerledger.infra.identity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * A demo user kept signed in, for clients that run longer than an access token lasts (the end-to-end tests, the
 * benchmark): the first request signs in with {@link DemoLogin}, and a token with less than {@link #EARLY} left is
 * replaced by signing in again, so no request leaves with a token about to expire. Safe for many threads: they share
 * the token, and only one of them signs in at a time.
 */
public final class SignedInUser {

    /** How long before its expiry a token is replaced: more than any request takes, well under its 15 minutes. */
    public static final Duration EARLY = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Signs in and answers the access token. */
    @FunctionalInterface
    interface Login {
        String accessToken() throws IOException, InterruptedException;
    }

    private record Token(String value, Instant expiresAt, String subject) {
    }

    private final String username;
    private final Login login;
    private final Clock clock;
    private volatile Token token;

    /** A demo user of {@code demo-directory.json}, with its password, at the provider of this issuer. */
    public SignedInUser(URI issuer, String username) {
        this(username, login(new DemoLogin(issuer), username), Clock.systemUTC());
    }

    SignedInUser(String username, Login login, Clock clock) {
        this.username = username;
        this.login = login;
        this.clock = clock;
    }

    public String username() {
        return username;
    }

    /** A token valid for at least {@link #EARLY}, signing in for it when needed. */
    public String accessToken() {
        return fresh().value();
    }

    /** The {@code sub} of the user's tokens, as events and the audit log name them. */
    public String subject() {
        return fresh().subject();
    }

    private Token fresh() {
        Token current = token;
        if (current != null && stillFresh(current)) {
            return current;
        }
        synchronized (this) {
            if (token == null || !stillFresh(token)) {
                token = signIn();
            }
            return token;
        }
    }

    private boolean stillFresh(Token current) {
        return clock.instant().plus(EARLY).isBefore(current.expiresAt());
    }

    private Token signIn() {
        try {
            String value = login.accessToken();
            JsonNode claims = claims(value);
            return new Token(value, Instant.ofEpochSecond(claims.path("exp").asLong()), claims.path("sub").asText());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not sign " + username + " in", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while signing " + username + " in", e);
        }
    }

    /** The token's claims, read without checking its signature: the services check it, this only needs its dates. */
    private static JsonNode claims(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        if (parts.length != 3) {
            throw new IOException("The provider's access token is no JWT");
        }
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static Login login(DemoLogin login, String username) {
        DemoDirectory.DemoUser user = DemoDirectory.load().user(username).orElseThrow(
                () -> new IllegalArgumentException("No demo user '" + username + "' in demo-directory.json"));
        return () -> login.signIn(user.username(), user.password()).accessToken();
    }
}
