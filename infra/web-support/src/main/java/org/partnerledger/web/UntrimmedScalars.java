package org.partnerledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.FromStringDeserializer;

import java.io.IOException;

/**
 * Jackson trims enum names and values it reads from text (URIs, locales...) before it reads them, so {@code HIGH}
 * followed by a tab, a line break or any other control character would pass as {@code HIGH}. A value that needs
 * repairing to mean something is refused instead, as every other repair is.
 */
class UntrimmedScalars extends BeanDeserializerModifier {

    @Override
    public JsonDeserializer<?> modifyEnumDeserializer(DeserializationConfig config, JavaType type,
                                                      BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Untrimmed(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                  JsonDeserializer<?> deserializer) {
        return deserializer instanceof FromStringDeserializer<?> ? new Untrimmed(deserializer) : deserializer;
    }

    private static final class Untrimmed extends DelegatingDeserializer {

        Untrimmed(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Untrimmed(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (parser.hasToken(JsonToken.VALUE_STRING) && parser.getText().trim().length() != parser.getTextLength()) {
                return context.handleWeirdStringValue(handledType(), parser.getText(),
                        "surrounded by blanks or control characters");
            }
            return super.deserialize(parser, context);
        }
    }
}
