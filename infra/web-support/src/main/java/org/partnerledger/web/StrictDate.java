package org.partnerledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A date exactly as the contract writes it, {@code YYYY-MM-DD}, and one the calendar has. Jackson's own reader also
 * takes {@code +999999-01-01}, arrays of numbers, day counts and times of day, none of which a client means by a date.
 */
class StrictDate extends StdScalarDeserializer<LocalDate> {

    private static final Pattern SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    StrictDate() {
        super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (LocalDate) context.handleUnexpectedToken(LocalDate.class, parser);
        }
        String text = parser.getText();
        if (SHAPE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException notInTheCalendar) {
                // Reported below, with the shape expected.
            }
        }
        return (LocalDate) context.handleWeirdStringValue(LocalDate.class, text, "expected a date as YYYY-MM-DD");
    }
}
