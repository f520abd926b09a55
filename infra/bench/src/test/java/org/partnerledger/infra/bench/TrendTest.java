package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TrendTest {

    @Test
    void aSteadyGrowthHasItsRateAsSlope() {
        Trend trend = new Trend(List.of(point(0, 100), point(1, 102), point(2, 104), point(3, 106)));

        double slope = trend.slopePerMinute();

        assertThat(slope).isCloseTo(2, within(1e-9));
    }

    @Test
    void aSawtoothAroundALevelIsFlat() {
        Trend trend = new Trend(List.of(point(0, 90), point(1, 110), point(2, 90), point(3, 110), point(4, 90),
                point(5, 110), point(6, 90), point(7, 110)));

        assertThat(Math.abs(trend.slopePerMinute())).isLessThan(3);
        assertThat(trend.mean()).isCloseTo(100, within(1e-9));
    }

    @Test
    void aWindowKeepsThePointsInsideItsBounds() {
        Trend trend = new Trend(List.of(point(0, 1), point(4.5, 2), point(5, 3), point(10, 4)));

        Trend secondHalf = trend.between(5, 10);

        assertThat(secondHalf.points()).extracting(Trend.Point::value).containsExactly(3.0, 4.0);
        assertThat(secondHalf.slopePerMinute()).isCloseTo(0.2, within(1e-9));
    }

    @Test
    void oneSampleHasNoSlopeAndNoneHasNoMean() {
        assertThat(new Trend(List.of(point(1, 5))).slopePerMinute()).isNaN();
        assertThat(new Trend(List.of()).mean()).isNaN();
    }

    private static Trend.Point point(double minutes, double value) {
        return new Trend.Point(minutes, value);
    }
}
