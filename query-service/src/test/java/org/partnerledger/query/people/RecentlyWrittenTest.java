package org.partnerledger.query.people;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecentlyWrittenTest {

    private static final Profile ADA = new Profile("Ada Lovelace", "ABC");

    private final RecentlyWritten written = new RecentlyWritten(2);

    @Test
    void aProfileIsHeldOnceRememberedAndOnlyAsItWas() {
        assertThat(written.holds("ada", ADA)).isFalse();

        written.remember("ada", ADA);

        assertThat(written.holds("ada", ADA)).isTrue();
        assertThat(written.holds("ada", new Profile("Ada King", "ABC"))).isFalse();
    }

    @Test
    void beyondItsCapacityTheLeastRecentlySeenIsForgotten() {
        written.remember("ada", ADA);
        written.remember("grace", ADA);
        written.holds("ada", ADA);

        written.remember("alan", ADA);

        assertThat(written.holds("grace", ADA)).isFalse();
        assertThat(written.holds("ada", ADA)).isTrue();
        assertThat(written.holds("alan", ADA)).isTrue();
    }

    @Test
    void aForgottenProfileIsWrittenAgain() {
        written.remember("ada", ADA);

        written.forget("ada");

        assertThat(written.holds("ada", ADA)).isFalse();
    }
}
