package org.partnerledger.infra.identity;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens as the provider issues them (15 minutes), from a login that counts its sign-ins, on a clock of the test's. */
class SignedInUserTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    private static final String SUBJECT = "6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T12:00:00Z"));
    private final List<String> issued = new ArrayList<>();
    private final SignedInUser user = new SignedInUser("coordinator", this::issue, clock);

    @Test
    void signsInOnceForAllRequestsWhileTheTokenHasMoreThanTwoMinutesLeft() {
        String first = user.accessToken();
        clock.advance(LIFETIME.minus(SignedInUser.EARLY).minusSeconds(1));

        assertThat(user.accessToken()).isEqualTo(first);
        assertThat(issued).hasSize(1);
    }

    @Test
    void signsInAgainOnceTheTokenHasTwoMinutesLeft() {
        String first = user.accessToken();
        clock.advance(LIFETIME.minus(SignedInUser.EARLY));

        assertThat(user.accessToken()).isNotEqualTo(first).isEqualTo(issued.get(1));
        assertThat(issued).hasSize(2);
    }

    @Test
    void namesTheSubjectOfItsTokens() {
        assertThat(user.subject()).isEqualTo(SUBJECT);
    }

    /** A JWT of the provider's shape; only its claims matter here, so its signature is a placeholder. */
    private String issue() {
        String claims = """
                {"sub": "%s", "aud": ["partnerledger"], "role": "coordinator", "n": %d, "exp": %d}"""
                .formatted(SUBJECT, issued.size(), clock.instant().plus(LIFETIME).getEpochSecond());
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String token = base64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + base64.encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
        issued.add(token);
        return token;
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
