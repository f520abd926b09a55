package org.partnerledger.query.funder;

import org.partnerledger.query.CsvFields;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Rows as RFC 4180 CSV, text cells written as every export writes them ({@link CsvFields}). */
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

    /** Texts as every export writes them ({@link CsvFields}); numbers and dates as they are. */
    private static String cell(Object value) {
        return value == null || value instanceof String ? CsvFields.field((String) value) : Objects.toString(value);
    }
}
