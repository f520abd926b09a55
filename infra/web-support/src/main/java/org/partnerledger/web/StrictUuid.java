package org.partnerledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A UUID in its one canonical form, 36 characters with four hyphens, in a body as in a path. Jackson also reads 22
 * or 24 characters as Base64, so that a UUID cut short by four characters becomes another UUID; Java's
 * {@code UUID.fromString}, behind Spring's path variables, reads {@code 1-1-1-1-1}.
 */
class StrictUuid extends StdScalarDeserializer<UUID> {

    private static final Pattern CANONICAL = Pattern.compile(
            "\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    StrictUuid() {
        super(UUID.class);
    }

    /** For Spring's conversion of path variables and parameters, which reports the exception as a type mismatch. */
    static UUID parse(String text) {
        if (!CANONICAL.matcher(text).matches()) {
            throw new IllegalArgumentException("Not a UUID in canonical form: " + text);
        }
        return UUID.fromString(text);
    }

    @Override
    public UUID deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (UUID) context.handleUnexpectedToken(UUID.class, parser);
        }
        String text = parser.getText();
        if (!CANONICAL.matcher(text).matches()) {
            return (UUID) context.handleWeirdStringValue(UUID.class, text, "expected a UUID of 36 characters");
        }
        return UUID.fromString(text);
    }
}
