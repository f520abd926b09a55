package org.partnerledger.query.projection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventHeadersTest {

    @Test
    void givenInstantsAsThePublisherWritesThemWhenReadThenTheyAreWhatInstantParseReads() {
        Random random = new Random(20261125);
        for (int i = 0; i < 10_000; i++) {
            Instant written = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    switch (i % 4) {
                        case 0 -> 0;
                        case 1 -> random.nextInt(1_000) * 1_000_000;
                        case 2 -> random.nextInt(1_000_000) * 1_000;
                        default -> random.nextInt(1_000_000_000);
                    });
            assertThat(EventHeaders.parseInstant(written.toString())).isEqualTo(written);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T04:58:58Z", "2026-11-25T04:58:58.4Z", "2026-11-25T04:58:58.123456789Z",
            "2016-12-31T23:59:60Z", "2026-11-25T24:00:00Z", "2026-11-25T04:58:58.Z", "+12026-11-25T04:58:58Z",
            "2026-11-25T04:58:58.467+01:00"})
    void givenAnyShapeInstantParseReadsWhenReadThenItIsReadAlike(String text) {
        assertThat(EventHeaders.parseInstant(text)).isEqualTo(Instant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13-25T04:58:58Z", "2026-02-30T04:58:58Z", "2026-11-25T04:58:58.1234567890Z",
            "2026-11-25 04:58:58Z", "2026-1a-25T04:58:58Z", "2026-11-25T04:58:58"})
    void givenWhatInstantParseRefusesWhenReadThenItIsRefused(String text) {
        assertThatThrownBy(() -> EventHeaders.parseInstant(text)).isInstanceOf(DateTimeParseException.class);
    }
}
