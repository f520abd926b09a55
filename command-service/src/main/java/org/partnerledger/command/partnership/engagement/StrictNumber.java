package org.partnerledger.command.partnership.engagement;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * A finite JSON number and nothing else: Jackson would read a blank or empty string as "no value" for an optional
 * number, which would silently drop what the client meant to say.
 */
final class StrictNumber extends StdDeserializer<Double> {

    StrictNumber() {
        super(Double.class);
    }

    @Override
    public Double deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.currentToken().isNumeric()) {
            return (Double) context.handleUnexpectedToken(Double.class, parser);
        }
        double value = parser.getDoubleValue();
        if (!Double.isFinite(value)) {
            return (Double) context.handleWeirdNumberValue(Double.class, value, "beyond the range of a double");
        }
        return value;
    }
}
