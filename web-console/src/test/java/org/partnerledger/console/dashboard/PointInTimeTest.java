package org.partnerledger.console.dashboard;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PointInTimeTest {

    private final Clock clock = Clock.fixed(Instant.parse("2027-03-10T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void givenAPastDayWhenAskedExpectTheLastSecondOfThatDayInUtc() {
        assertThat(PointInTime.of(LocalDate.parse("2027-03-01"), null).parameters(clock))
                .isEqualTo(Map.of("asOf", "2027-03-01T23:59:59Z"));
    }

    @Test
    void givenTodayWhenAskedExpectNowBecauseTheServicesRefuseTheFuture() {
        assertThat(PointInTime.of(LocalDate.parse("2027-03-10"), null).parameters(clock))
                .isEqualTo(Map.of("asOf", "2027-03-10T12:00:00Z"));
    }

    @Test
    void givenADayAndAVersionWhenAskedExpectTheVersionAloneAsTheServicesTakeOnlyOne() {
        assertThat(PointInTime.of(LocalDate.parse("2027-03-01"), 4L).parameters(clock))
                .isEqualTo(Map.of("atVersion", 4L));
    }
}
