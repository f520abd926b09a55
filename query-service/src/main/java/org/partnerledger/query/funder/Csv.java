package org.partnerledger.query.funder;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Rows as RFC 4180 CSV. A text cell that a spreadsheet would take for a formula ({@code = + - @}, tab, return) is
 * prefixed with an apostrophe: the cells hold what partners typed, and a report is opened in spreadsheets.
 */
final class Csv {

    private final StringBuilder text = new StringBuilder();

    Csv row(Object... cells) {
        text.append(Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
        return this;
    }

    Csv row(List<?> cells) {
        return row(cells.toArray());
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String cell = value instanceof String string ? defused(string) : Objects.toString(value);
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    private static String defused(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
