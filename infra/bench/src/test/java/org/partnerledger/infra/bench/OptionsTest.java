package org.partnerledger.infra.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void argumentsWinOverTheEnvironment() {
        Options options = Options.parse(new String[] {"--smoke", "--command-url=http://localhost:9000"},
                Map.of("BENCH_COMMAND_URL", "http://elsewhere:1", "BENCH_QUERY_URL", "http://localhost:9001"));

        assertThat(options.smoke()).isTrue();
        assertThat(options.external()).isTrue();
        assertThat(options.value("command-url")).contains("http://localhost:9000");
        assertThat(options.value("query-url")).contains("http://localhost:9001");
    }

    @Test
    void sectionsCanBeChosen() {
        Options options = Options.parse(new String[] {"--sections=raw-kafka,lag"}, Map.of());

        assertThat(options.runs("lag")).isTrue();
        assertThat(options.runs("rebuild")).isFalse();
        assertThat(options.external()).isFalse();
    }

    @Test
    void aFullRunLeavesTheSoakOutAndASmokeRunIncludesIt() {
        Options full = Options.parse(new String[] {}, Map.of());
        Options smoke = Options.parse(new String[] {"--smoke"}, Map.of());

        assertThat(full.runs("soak")).isFalse();
        assertThat(full.runs("memory")).isTrue();
        assertThat(smoke.runs("soak")).isTrue();
    }

    @Test
    void durationsAreSecondsMinutesOrHours() {
        Options options = Options.parse(new String[] {"--soak-duration=90s"}, Map.of("BENCH_LAG_WAIT", "2"));

        assertThat(options.duration("soak-duration")).contains(Duration.ofSeconds(90));
        assertThat(options.duration("lag-wait")).contains(Duration.ofSeconds(2));
        assertThat(Options.parseDuration("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(Options.parseDuration("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aMalformedSoakDurationIsRefused() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--soak-duration=ten minutes"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ten minutes");
    }

    @Test
    void aLagPeakThatIsNoPositiveRateIsRefusedBeforeAnythingStarts() {
        assertThat(Options.parse(new String[] {"--lag-peak=640"}, Map.of()).value("lag-peak")).contains("640");
        for (String peak : List.of("fast", "0", "-5", "NaN")) {
            assertThatThrownBy(() -> Options.parse(new String[] {"--lag-peak=" + peak}, Map.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(peak);
        }
    }

    @Test
    void anUnknownSectionIsRefused() {
        assertThatThrownBy(() -> Options.parse(new String[] {"--sections=everything"}, Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("everything");
    }
}
