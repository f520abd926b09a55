package org.partnerledger.web.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The smallest body a client generator would build from a request schema of an OpenAPI document: every required
 * property, each at its minimum (a text of one word, lists of as many items as they must hold). A schema the
 * document publishes must admit it; a server that refuses it as invalid documents less than it enforces.
 */
public final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Values for the patterns the services use; a pattern not listed here needs an {@code example} in the schema. */
    private static final Map<String, String> FOR_PATTERN = Map.of(
            "^[a-z0-9-]{2,40}$", "abc",
            "^[0-9a-f]{64}$", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "^https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?([/?#][\\x21-\\x7E]*)?$",
            "https://example.org/news/2027/placements",
            "^\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$", "2027");

    /** {@code ^[class]{min,max}$}: the class's first character, as often as the minimum asks. */
    private static final Pattern REPEATED_CLASS = Pattern.compile("\\^\\[([^\\]]+)]\\{(\\d+),\\d+}\\$");

    private final JsonNode components;
    private final String partnerId;

    /**
     * @param document  the OpenAPI document
     * @param partnerId what to put where a partner id belongs
     */
    public SchemaSamples(JsonNode document, String partnerId) {
        this.components = document.at("/components/schemas");
        this.partnerId = partnerId;
    }

    public JsonNode sample(JsonNode schema) {
        if (schema.has("$ref")) {
            String name = schema.get("$ref").asText().substring("#/components/schemas/".length());
            return sample(components.get(name));
        }
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> array(schema);
            case "integer" -> NODES.numberNode(Math.max(schema.path("minimum").asLong(1), 1));
            case "number" -> NODES.numberNode(Math.max(schema.path("minimum").asDouble(1), 1));
            case "boolean" -> NODES.booleanNode(false);
            default -> NODES.textNode(text(schema));
        };
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode body = NODES.objectNode();
        for (JsonNode required : schema.path("required")) {
            body.set(required.asText(), sample(schema.at("/properties/" + required.asText())));
        }
        return body;
    }

    private ArrayNode array(JsonNode schema) {
        ArrayNode items = NODES.arrayNode();
        for (int i = 0; i < schema.path("minItems").asInt(0); i++) {
            items.add(sample(schema.get("items")));
        }
        return items;
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asText("");
        String pattern = schema.path("pattern").asText("");
        if (format.equals("uuid")) {
            return UUID.randomUUID().toString();
        }
        if (format.equals("date")) {
            return LocalDate.now().plusDays(30).toString();
        }
        if (format.equals("date-time")) {
            return Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        }
        if (pattern.equals("^[a-z0-9-]{2,40}$")) {
            return partnerId;
        }
        if (FOR_PATTERN.containsKey(pattern)) {
            return FOR_PATTERN.get(pattern);
        }
        Matcher repeated = REPEATED_CLASS.matcher(pattern);
        if (repeated.matches()) {
            return String.valueOf(repeated.group(1).charAt(0))
                    .repeat(Math.max(1, Integer.parseInt(repeated.group(2))));
        }
        if (!pattern.isEmpty() && !pattern.startsWith("^(?=[\\s\\S]*\\S)")) {
            throw new IllegalArgumentException("Give the schema an example: no sample for the pattern " + pattern);
        }
        return "Text";
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null && schema.has("properties")) {
            return "object";
        }
        if (type != null && type.isArray()) {
            for (JsonNode one : type) {
                if (!one.asText().equals("null")) {
                    return one.asText();
                }
            }
        }
        return type == null ? "string" : type.asText();
    }
}
