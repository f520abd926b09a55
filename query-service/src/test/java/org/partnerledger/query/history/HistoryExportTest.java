package org.partnerledger.query.history;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryExportTest {

    private static final HistoryRow ROW = new HistoryRow(UUID.fromString("6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10"), 3,
            UUID.fromString("3534cbbd-2400-319d-8c0d-a42d7fe2d940"), "DecisionRecorded",
            Instant.parse("2027-01-05T15:00:00Z"), "okta|1", "Grace \"Amazing\" Hopper", "member", null, "c-1",
            "{\"title\": \"Meet, then decide\"}");

    @Test
    void aRecordEndsWithCrLf() {
        assertThat(HistoryExport.csvLine(Stream.of("a", null, "b,c"))).isEqualTo("a,,\"b,c\"\r\n");
    }

    @Test
    void theCsvExportStartsWithItsHeaderAndWritesOneRecordPerEvent() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryExport.Lines lines = HistoryExport.csv(out);
        lines.accept(ROW);
        lines.close();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(",", HistoryExport.CSV_HEADER)
                + "\r\n6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10,3,3534cbbd-2400-319d-8c0d-a42d7fe2d940,DecisionRecorded,"
                + "2027-01-05T15:00:00Z,okta|1,\"Grace \"\"Amazing\"\" Hopper\",member,,c-1,"
                + "\"{\"\"title\"\": \"\"Meet, then decide\"\"}\"\r\n");
    }

    @Test
    void theJsonLinesExportWritesOneObjectPerLineWithTheDataAsStored() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HistoryExport.Lines lines = HistoryExport.jsonLines(out);
        lines.accept(ROW);
        lines.accept(ROW);
        lines.close();

        String[] written = out.toString(StandardCharsets.UTF_8).split("\n");
        assertThat(written).hasSize(2);
        assertThat(written[0]).startsWith("{\"partnershipId\":\"6f1c2a52-8a7e-4a35-9d0e-2c1b7e4f9a10\",\"sequence\":3,")
                .contains("\"actorOrganisation\":null").endsWith("\"data\":{\"title\": \"Meet, then decide\"}}");
    }
}
