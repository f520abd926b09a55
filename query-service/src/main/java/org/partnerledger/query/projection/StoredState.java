package org.partnerledger.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A read model's state kept as the JSON text it was written as (the ledger, the funders' record): instants as ISO
 * text, and fields a later shape no longer has ignored when read back. Unlike {@link EventJson}, which judges what
 * others published, this reads only what the service wrote itself.
 */
public final class StoredState {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    /** A writer per Jackson view, made once: a batch writes a summary per partnership. */
    private static final ClassValue<ObjectWriter> VIEWS = new ClassValue<>() {
        @Override
        protected ObjectWriter computeValue(Class<?> view) {
            return JSON.writerWithView(view);
        }
    };

    private StoredState() {
    }

    public static String write(Object state) {
        return write(JSON.writer(), state);
    }

    /** Only the fields of this Jackson view, and those of none. */
    public static String write(Object state, Class<?> view) {
        return write(VIEWS.get(view), state);
    }

    private static String write(ObjectWriter writer, Object state) {
        try {
            return writer.writeValueAsString(state);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("A " + state.getClass().getSimpleName() + " cannot be written as JSON",
                    impossible);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException("A stored " + type.getSimpleName() + " cannot be read", unreadable);
        }
    }
}
