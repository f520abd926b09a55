package org.partnerledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * A moment exactly as the contract writes it: {@code YYYY-MM-DDTHH:MM[:SS[.fraction]]} with {@code Z} or an offset
 * {@code ±HH:MM}, e.g. {@code 2027-01-05T15:00:00Z}. Jackson's own reader also takes epoch seconds as numbers or
 * text, blanks around the text and years beyond four digits, none of which a client means by a time.
 */
class StrictInstant extends StdScalarDeserializer<Instant> {

    /** The shape admitted; {@code shared/API.md} and the tests' body shapes state the same. */
    static final Pattern SHAPE =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    StrictInstant() {
        super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (Instant) context.handleUnexpectedToken(Instant.class, parser);
        }
        String text = parser.getText();
        if (SHAPE.matcher(text).matches()) {
            try {
                return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
            } catch (DateTimeParseException notInTheCalendar) {
                // Reported below, with the shape expected.
            }
        }
        return (Instant) context.handleWeirdStringValue(Instant.class, text,
                "expected a time as YYYY-MM-DDTHH:MM:SSZ or with an offset such as +01:00");
    }
}
