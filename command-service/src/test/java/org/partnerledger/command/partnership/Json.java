package org.partnerledger.command.partnership;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Plain JSON for tests, apart from the service's own mapper: what a test writes and judges stays independent. */
final class Json {

    private static final ObjectMapper PLAIN = JsonMapper.builder().build();
    private static final ObjectMapper UNAMBIGUOUS = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Json() {
    }

    static JsonNode read(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + json, e);
        }
    }

    static String write(JsonNode tree) {
        try {
            return PLAIN.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The one JSON value the bytes hold, or nothing when they hold no JSON, more than one, or a name twice. */
    static Optional<JsonNode> readUnambiguous(byte[] body) {
        try {
            return Optional.ofNullable(UNAMBIGUOUS.readTree(body)).filter(tree -> !tree.isMissingNode());
        } catch (JsonProcessingException notJson) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
