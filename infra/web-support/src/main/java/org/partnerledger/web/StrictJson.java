package org.partnerledger.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Request bodies are read strictly: an unknown field, a number where text belongs (or the reverse), a fraction where
 * a whole number belongs, a null for a primitive, a date that is not {@code YYYY-MM-DD}, a time that is not ISO-8601
 * with its offset, a UUID that is not in canonical form, an enum name wrapped in blanks, or trailing garbage is an
 * error the client hears about, not something silently repaired. {@link BoundedJsonRequests} adds bounds.
 */
class StrictJson implements Jackson2ObjectMapperBuilderCustomizer {

    @Override
    public void customize(Jackson2ObjectMapperBuilder builder) {
        builder.featuresToEnable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                        DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .featuresToDisable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .deserializerByType(LocalDate.class, new StrictDate())
                .deserializerByType(Instant.class, new StrictInstant())
                .deserializerByType(UUID.class, new StrictUuid())
                .postConfigurer(mapper -> {
                    mapper.registerModule(new SimpleModule("UntrimmedScalars")
                            .setDeserializerModifier(new UntrimmedScalars()));
                    mapper.coercionConfigFor(LogicalType.Textual)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
                    for (LogicalType scalar : new LogicalType[]{LogicalType.Integer, LogicalType.Float,
                            LogicalType.Boolean}) {
                        // a blank string ("", "\u0000") is otherwise read as null, i.e. as a field left out
                        mapper.coercionConfigFor(scalar)
                                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                    }
                    mapper.coercionConfigFor(LogicalType.Boolean)
                            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
                    mapper.coercionConfigFor(LogicalType.Collection)
                            .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
                    // Jackson's default reads "" as the "empty" value of such types: a nil UUID, an empty URI...
                    mapper.coercionConfigFor(LogicalType.OtherScalar)
                            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
                });
    }
}
