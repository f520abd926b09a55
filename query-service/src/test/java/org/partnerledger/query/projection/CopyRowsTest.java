package org.partnerledger.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.partnerledger.query.fixtures.TestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CopyRowsTest {

    private static final DataSource DATABASE = TestDatabase.createMigrated();
    private static final List<String> AWKWARD_TEXTS = List.of("", "\\N", "tab\there", "line\nbreak\r\nand return",
            "back\\slash \\t \\n \\\\", "<script>alert('x')</script>", "\u0001\u0007\u001b[31m\u007f", "äöü ∑ 🎉 עברית",
            "trailing backslash \\");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc = new JdbcTemplate(DATABASE);

    @Test
    void givenAwkwardTextsJsonAsUtf8BytesAndEdgeUuidsWhenCopiedThenTheyAreStoredExactly() throws Exception {
        jdbc.execute("create table copied (n int, text text, json jsonb, day date, at timestamptz, id uuid)");
        CopyRows rows = new CopyRows("copied", "n", "text", "json", "day", "at", "id");
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.fromString("00000000-0000-0000-0000-000000000000"),
                UUID.fromString("ffffffff-ffff-ffff-ffff-ffffffffffff"),
                UUID.fromString("0123abcd-4567-89ef-8a0b-c0d0e0f01234"));
        Instant at = Instant.parse("2026-11-25T04:05:06.789123Z");
        for (int n = 0; n < AWKWARD_TEXTS.size(); n++) {
            String text = AWKWARD_TEXTS.get(n);
            rows.add(n, text, JSON.writeValueAsBytes(Map.of("text", text)), LocalDate.of(2030, 6, 30), at,
                    ids.get(n % ids.size()));
        }
        rows.add(AWKWARD_TEXTS.size(), null, null, null, null, null);

        assertThat(rows.copyInto(jdbc)).isEqualTo(AWKWARD_TEXTS.size() + 1);

        List<Map<String, Object>> stored = jdbc.queryForList(
                "select text, json ->> 'text' as json_text, day, at, id from copied order by n");
        for (int n = 0; n < AWKWARD_TEXTS.size(); n++) {
            assertThat(stored.get(n)).containsEntry("text", AWKWARD_TEXTS.get(n))
                    .containsEntry("json_text", AWKWARD_TEXTS.get(n))
                    .containsEntry("day", java.sql.Date.valueOf(LocalDate.of(2030, 6, 30)))
                    .containsEntry("id", ids.get(n % ids.size()));
            assertThat(((java.sql.Timestamp) stored.get(n).get("at")).toInstant()).isEqualTo(at);
        }
        assertThat(stored.get(AWKWARD_TEXTS.size()).values()).hasSize(5).containsOnlyNulls();
    }

    @Test
    void givenNoRowsWhenCopiedThenNothingIsSent() {
        assertThat(new CopyRows("no_such_table", "n").copyInto(jdbc)).isZero();
    }

    @Test
    void givenTooFewValuesForTheColumnsWhenAddedThenTheRowIsRefused() {
        assertThatThrownBy(() -> new CopyRows("copied", "n", "text").add(1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 values for 2 columns");
    }
}
