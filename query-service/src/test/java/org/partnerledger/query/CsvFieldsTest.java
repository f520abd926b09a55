package org.partnerledger.query;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A text field of every CSV export: RFC 4180, defused for spreadsheets. */
class CsvFieldsTest {

    @Test
    void aPlainFieldIsWrittenAsItIs() {
        assertThat(CsvFields.field("DecisionRecorded")).isEqualTo("DecisionRecorded");
    }

    @Test
    void aFieldWithACommaIsQuoted() {
        assertThat(CsvFields.field("Meet, then decide")).isEqualTo("\"Meet, then decide\"");
    }

    @Test
    void quotesInAFieldAreDoubledAndTheFieldQuoted() {
        assertThat(CsvFields.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
    }

    @Test
    void aFieldWithALineBreakIsQuotedAndKeepsIt() {
        assertThat(CsvFields.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(CsvFields.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
    }

    @Test
    void aMissingValueIsAnEmptyField() {
        assertThat(CsvFields.field(null)).isEmpty();
    }

    @Test
    void aFieldASpreadsheetWouldTakeForAFormulaIsPrefixedWithAnApostrophe() {
        assertThat(CsvFields.field("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvFields.field("+1")).isEqualTo("'+1");
        assertThat(CsvFields.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvFields.field("-2")).isEqualTo("'-2");
    }
}
