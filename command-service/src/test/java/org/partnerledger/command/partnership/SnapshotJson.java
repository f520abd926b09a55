package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A part's state as a snapshot holds it: written and read with the settings of the storage mapper
 * ({@code EventStoreConfiguration.storageObjectMapper}), so that a part whose fields do not survive the round trip
 * fails here rather than in a snapshot.
 */
public final class SnapshotJson {

    private static final ObjectMapper STORAGE = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private SnapshotJson() {
    }

    /** The part as a snapshot would restore it. */
    @SuppressWarnings("unchecked")
    public static <T> T roundTrip(T part) {
        try {
            return (T) STORAGE.readValue(STORAGE.writeValueAsString(part), part.getClass());
        } catch (Exception e) {
            throw new AssertionError("The part does not survive a snapshot", e);
        }
    }

    public static JsonNode tree(Object part) {
        return STORAGE.valueToTree(part);
    }
}
