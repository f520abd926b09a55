package org.partnerledger.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReportTest {

    @Test
    void aFigureComparedWithItsBaselineCarriesTheRatio() {
        Figure figure = Figure.of("2. commands", "throughput", 150, "cmd/s").against("raw INSERT tx/s", 600);

        assertThat(figure.ratio()).isCloseTo(0.25, within(1e-9));
    }

    @Test
    void aZeroBaselineGivesNoRatio() {
        assertThat(Figure.of("s", "n", 1, "u").against("raw", 0).ratio()).isNull();
    }

    @Test
    void theTableShowsValueBaselineRatioTargetAndStatus() {
        Report report = new Report();
        report.add(Figure.of("2. commands", "many partnerships, 16 clients: throughput", 1234.5, "cmd/s")
                .against("CRUD peer decisions/s @16", 4938).target("ratio >= 0.5", Figure.Status.MISSED));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        report.printTable(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("== 2. commands")
                .containsPattern("many partnerships, 16 clients: throughput +1,235 cmd/s +4,938 +0\\.250"
                        + " +ratio >= 0\\.5 +MISSED");
    }

    @Test
    void theJsonNamesEveryFigureAndWritesMissingValuesAsNull(@TempDir Path directory) throws Exception {
        Report report = new Report();
        report.meta("mode", "smoke");
        report.add(Figure.of("3. projection lag", "lag p99", 42, "ms").target("< 100 ms", Figure.Status.MET));
        report.add(Figure.skipped("5. long histories", "as of p99", "no endpoint"));

        Path file = report.writeJson(directory, "20260101-000000");

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("meta").path("mode").asText()).isEqualTo("smoke");
        assertThat(json.path("figures").get(0).path("status").asText()).isEqualTo("met");
        assertThat(json.path("figures").get(1).path("value").isNull()).isTrue();
        assertThat(Files.readString(directory.resolve("latest.json"))).isEqualTo(Files.readString(file));
    }

    @Test
    void numbersKeepThreeSignificantDigitsOrSeparateThousandsAndCountsAreWhole() {
        assertThat(Report.number(0.123456)).isEqualTo("0.123");
        assertThat(Report.number(0.0206587)).isEqualTo("0.0207");
        assertThat(Report.number(1.23456)).isEqualTo("1.23");
        assertThat(Report.number(12.345)).isEqualTo("12.3");
        assertThat(Report.number(1_234_567)).isEqualTo("1,234,567");
        assertThat(Report.number(Double.NaN)).isEqualTo("-");
        assertThat(Report.number(0)).isEqualTo("0");
        assertThat(Report.number(42)).isEqualTo("42");
    }
}
