package org.partnerledger.command.partnership;

import com.fasterxml.jackson.core.JsonParser;
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

    /** The edge's bound on the tokens of a body (web-support's BoundedJsonRequests). */
    private static final int MAX_TOKENS = 1_000;
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

    /**
     * Whether the contract admits the body: one unambiguous JSON value of the endpoint's shape, within the edge's
     * token bound (docs/api.md, {@code JSON_LIMIT_EXCEEDED}), which holds whatever a schema's lists allow.
     */
    static boolean admits(BodyShape shape, byte[] body) {
        return readUnambiguous(body).filter(shape::admits).isPresent() && tokens(body) <= MAX_TOKENS;
    }

    private static int tokens(byte[] body) {
        try (JsonParser parser = PLAIN.getFactory().createParser(body)) {
            int tokens = 0;
            while (parser.nextToken() != null) {
                tokens++;
            }
            return tokens;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
