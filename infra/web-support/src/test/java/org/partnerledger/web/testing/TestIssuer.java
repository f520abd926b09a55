package org.partnerledger.web.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.function.Consumer;

/**
 * A token issuer for tests, in the test's own JVM: it serves OpenID discovery and its JWKS over real HTTP, so the
 * services check its tokens exactly as they check the identity provider's (signature, issuer, audience, times),
 * and signs whatever tokens a test needs, including wrong ones.
 */
public final class TestIssuer {

    public static final String AUDIENCE = "partnerledger";
    private static final TestIssuer INSTANCE = new TestIssuer();

    private final RSAKey key;
    private final RSAKey stranger;
    private final String url;

    private TestIssuer() {
        try {
            key = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
            stranger = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            url = "http://localhost:" + server.getAddress().getPort();
            server.createContext("/.well-known/openid-configuration", exchange -> answer(exchange, """
                    {"issuer": "%s", "jwks_uri": "%s/jwks", "id_token_signing_alg_values_supported": ["RS256"],
                     "subject_types_supported": ["public"], "response_types_supported": ["code"]}"""
                    .formatted(url, url)));
            server.createContext("/jwks", exchange -> answer(exchange, new JWKSet(key.toPublicJWK()).toString()));
            server.start();
        } catch (IOException | JOSEException failed) {
            throw new IllegalStateException("The test issuer could not start", failed);
        }
    }

    /** The issuer URI the services under test are pointed at. */
    public static String url() {
        return INSTANCE.url;
    }

    /** A valid access token with the given claims on top of issuer, audience and an hour's validity. */
    public static String token(Consumer<JWTClaimsSet.Builder> claims) {
        return INSTANCE.sign(INSTANCE.key, claims);
    }

    /** A token as {@link #token} makes it but signed with a key the issuer never published. */
    public static String forged(Consumer<JWTClaimsSet.Builder> claims) {
        return INSTANCE.sign(INSTANCE.stranger, claims);
    }

    private String sign(RSAKey with, Consumer<JWTClaimsSet.Builder> claims) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(url).audience(AUDIENCE)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
        claims.accept(builder);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(with.getKeyID()).build(),
                builder.build());
        try {
            jwt.sign(new RSASSASigner(with));
        } catch (JOSEException failed) {
            throw new IllegalStateException(failed);
        }
        return jwt.serialize();
    }

    private static void answer(HttpExchange exchange, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (exchange; OutputStream out = exchange.getResponseBody()) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            out.write(body);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }
}
