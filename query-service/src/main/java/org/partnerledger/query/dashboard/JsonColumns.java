package org.partnerledger.query.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.partnerledger.events.Partner;

import java.util.List;

/**
 * The dashboard's {@code jsonb} columns. A mapper of their own, so that configuring the web's JSON can never make
 * stored rows unreadable.
 */
final class JsonColumns {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };
    private static final TypeReference<List<Partner>> PARTNERS = new TypeReference<>() {
    };

    private JsonColumns() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot store " + value, e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static List<Partner> partners(String json) {
        return read(json, PARTNERS);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored column is not the JSON it should be: " + json, e);
        }
    }
}
