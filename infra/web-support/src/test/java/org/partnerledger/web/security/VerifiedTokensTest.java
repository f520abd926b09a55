package org.partnerledger.web.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerledger.web.testing.TestIssuer;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the test issuer's real tokens and key set, with the decoder's clock and the cache's set by the test. */
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private final JwtTimestampValidator times = new JwtTimestampValidator(Duration.ZERO);
    /** A second on: a token's not-before is the whole second it was issued in, which can be later than this. */
    private Instant now = Instant.now().plusSeconds(1);
    private VerifiedTokens tokens;

    @BeforeEach
    void aDecoderOfTheTestIssuerThatCountsItsVerifications() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withIssuerLocation(TestIssuer.url()).build();
        nimbus.setJwtValidator(times);
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            times.setClock(Clock.fixed(now, ZoneOffset.UTC));
            return nimbus.decode(token);
        };
        tokens = new VerifiedTokens(counting, () -> now);
    }

    @Test
    void aTokenSentAgainIsLetInWithoutVerifyingItAgain() {
        String token = TestIssuer.token(claims -> claims.subject("ana"));

        Jwt first = tokens.decode(token);
        Jwt again = tokens.decode(token);

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aRememberedTokenGoesBackToTheDecoderOnceItExpiresAndIsRefusedThere() {
        String token = TestIssuer.token(claims -> claims.subject("ana")
                .expirationTime(Date.from(now.plusSeconds(30))));
        tokens.decode(token);

        now = now.plusSeconds(30);

        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTokenIsVerifiedAgainOnceTheIssuersKeySetMayHaveChanged() {
        String token = TestIssuer.token(claims -> claims.subject("ana"));
        tokens.decode(token);

        now = now.plus(VerifiedTokens.KEY_SET_LIFETIME);
        tokens.decode(token);

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        String forged = TestIssuer.forged(claims -> claims.subject("ana"));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> tokens.decode(forged)).isInstanceOf(JwtException.class);
        }

        assertThat(verifications).hasValue(2);
        assertThat(tokens.size()).isZero();
    }

    @Test
    void pastItsCapacityItForgetsRatherThanGrows() {
        for (int user = 0; user <= VerifiedTokens.CAPACITY; user++) {
            String subject = "user-" + user;
            now = Instant.now();
            tokens.decode(TestIssuer.token(claims -> claims.subject(subject)));
        }

        assertThat(tokens.size()).isBetween(1, VerifiedTokens.CAPACITY);
    }
}
