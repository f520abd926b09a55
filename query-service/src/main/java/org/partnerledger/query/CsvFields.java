package org.partnerledger.query;

/**
 * A text field of a CSV export as RFC 4180 writes it (quoted when it holds a comma, a quote or a line break, quotes
 * doubled), defused for spreadsheets: what partners typed is opened in spreadsheets, which would take a leading
 * {@code = + - @}, tab or return for a formula, so such a field is prefixed with an apostrophe.
 */
public final class CsvFields {

    private CsvFields() {
    }

    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
