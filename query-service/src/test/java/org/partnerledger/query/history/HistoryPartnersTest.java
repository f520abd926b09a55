package org.partnerledger.query.history;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryPartnersTest {

    @Test
    void anActionNamesItsResponsibleAccountableConsultedAndInformedPartnersEachOnce() throws Exception {
        String action = """
                {"title": "Draft the MOU by abc", "responsible": "abc", "accountable": "rcsd",
                 "consulted": ["rcsd", "mcc"], "informed": ["uofr"]}""";

        assertThat(HistoryPartners.of("ActionAssigned", action.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("abc", "rcsd", "mcc", "uofr");
    }

    @Test
    void aFormationNamesThePartnersItAdmitsByTheirIds() throws Exception {
        String formed = """
                {"name": "rcsd and abc", "partners": [{"id": "abc", "name": "ABC"}, {"id": "rcsd"}],
                 "coordinator": "abc"}""";

        assertThat(HistoryPartners.of("PartnershipFormed", formed.getBytes(StandardCharsets.UTF_8)))
                .containsExactly("abc", "rcsd");
    }

    @Test
    void anEventOfATypeThatNamesNoPartnerNamesNone() {
        assertThat(HistoryPartners.of("VisionRevised", "{\"rationale\": \"abc\"}".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    @Test
    void aFieldThatIsMissingOrNullNamesNoPartner() throws Exception {
        assertThat(HistoryPartners.of("ActionReassigned", JsonMapper.builder().build()
                .readTree("{\"responsible\": null}"))).isEmpty();
    }

    @Test
    void thePartnersAreWrittenAsAPostgresqlArrayWithQuotesAndBackslashesEscaped() {
        assertThat(HistoryPartners.arrayLiteral(new LinkedHashSet<>(List.of("abc", "a\"b", "c\\d"))))
                .isEqualTo("{\"abc\",\"a\\\"b\",\"c\\\\d\"}");
        assertThat(HistoryPartners.arrayLiteral(Set.of())).isEqualTo("{}");
    }

    /** The events stored before the column were given their partners by the same paths. */
    @Test
    void theMigrationFillsTheColumnByTheSamePathsAsTheProjection() throws IOException {
        String migration;
        try (InputStream sql = getClass().getResourceAsStream("/db/migration/V13__history_partners.sql")) {
            migration = new String(sql.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> inSql = new TreeMap<>();
        Matcher path = Pattern.compile("\\('(\\w+)', '([^']+)'\\)").matcher(migration);
        while (path.find()) {
            inSql.computeIfAbsent(path.group(1), type -> new ArrayList<>()).add(path.group(2));
        }

        assertThat(inSql).isEqualTo(new TreeMap<>(HistoryPartners.PATHS));
    }
}
