package org.partnerledger.console.command;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A submitted form as the command's JSON body: each field's text converted by its kind and put at its path. A blank
 * field is left out, so the service, which owns every rule, says what is missing; rows of a list that were left
 * wholly blank are dropped. Only what no JSON can carry (a number that is not one) is refused here, and an
 * {@link FieldKind#ITEM} id that is missing or no UUID, as it makes the path rather than the body.
 */
public final class FormJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String NOT_AN_ID = "must be an id such as 6f1c2a8e-3b4d-4c5e-9a7b-1d2e3f405a01";
    private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d{1,2})])?");

    private FormJson() {
    }

    /** @param errors messages for fields whose text cannot be converted, by field name */
    public record Mapped(ObjectNode body, Map<String, String> errors) {
    }

    public static Mapped map(CommandForm form, Map<String, List<String>> submitted, ZoneId zone) {
        ObjectNode body = NODES.objectNode();
        Map<String, String> errors = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            List<String> texts = submitted.getOrDefault(field.name(), List.of());
            if (field.kind() == FieldKind.ITEM) {
                item(field, texts).ifPresent(message -> errors.put(field.name(), message));
                continue;
            }
            try {
                JsonNode value = convert(field, texts, zone);
                if (value != null) {
                    put(body, field.name(), value);
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.put(field.name(), message(field.kind()));
            }
        }
        prune(body);
        return new Mapped(body, errors);
    }

    /**
     * An id for the path is checked here, as no service could be asked without it: what is not a UUID would name
     * another path. It is never part of the body.
     */
    private static Optional<String> item(FormField field, List<String> texts) {
        String text = texts.isEmpty() ? "" : texts.get(0).trim();
        if (text.isEmpty()) {
            return field.required() ? Optional.of("must not be blank") : Optional.empty();
        }
        try {
            UUID.fromString(text);
            return text.length() == 36 ? Optional.empty() : Optional.of(NOT_AN_ID);
        } catch (IllegalArgumentException e) {
            return Optional.of(NOT_AN_ID);
        }
    }

    private static JsonNode convert(FormField field, List<String> texts, ZoneId zone) {
        List<String> given = texts.stream().map(String::trim).filter(text -> !text.isEmpty()).toList();
        if (field.multiple()) {
            if (given.isEmpty()) {
                return null;
            }
            ArrayNode array = NODES.arrayNode();
            given.forEach(array::add);
            return array;
        }
        if (field.kind() == FieldKind.BOOLEAN) {
            return NODES.booleanNode(given.contains("true"));
        }
        if (given.isEmpty()) {
            return null;
        }
        String text = given.get(0);
        return switch (field.kind()) {
            case LINES -> lines(texts.get(0));
            case INTEGER -> NODES.numberNode(Long.parseLong(text));
            case DECIMAL -> NODES.numberNode(new BigDecimal(text.replace(',', '.')));
            case DATETIME -> NODES.textNode(LocalDateTime.parse(text).atZone(zone).toOffsetDateTime().toString());
            default -> NODES.textNode(text);
        };
    }

    private static JsonNode lines(String text) {
        ArrayNode array = NODES.arrayNode();
        text.lines().map(String::trim).filter(line -> !line.isEmpty()).forEach(array::add);
        return array.isEmpty() ? null : array;
    }

    /** Puts a value at a path such as {@code agenda[1].topic}, making the objects and arrays on the way. */
    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] segments = path.split("\\.");
        JsonNode current = root;
        for (int i = 0; i < segments.length; i++) {
            Matcher segment = SEGMENT.matcher(segments[i]);
            if (!segment.matches()) {
                throw new IllegalStateException("Not a field path: " + path);
            }
            ObjectNode object = (ObjectNode) current;
            String name = segment.group(1);
            boolean last = i == segments.length - 1;
            if (segment.group(2) == null) {
                if (last) {
                    object.set(name, value);
                    return;
                }
                current = object.has(name) ? object.get(name) : object.putObject(name);
            } else {
                ArrayNode array = object.has(name) ? (ArrayNode) object.get(name) : object.putArray(name);
                int index = Integer.parseInt(segment.group(2));
                while (array.size() <= index) {
                    array.addObject();
                }
                if (last) {
                    array.set(index, value);
                    return;
                }
                current = array.get(index);
            }
        }
    }

    /** Drops the objects left empty (rows and groups wholly blank) and the lists they leave empty. */
    private static boolean prune(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            object.fields().forEachRemaining(entry -> {
                if (prune(entry.getValue())) {
                    empty.add(entry.getKey());
                }
            });
            object.remove(empty);
            return object.isEmpty();
        }
        if (node instanceof ArrayNode array) {
            for (Iterator<JsonNode> items = array.elements(); items.hasNext(); ) {
                JsonNode item = items.next();
                if (item.isContainerNode() && prune(item)) {
                    items.remove();
                }
            }
            return array.isEmpty();
        }
        return false;
    }

    private static String message(FieldKind kind) {
        return switch (kind) {
            case INTEGER -> "must be a whole number";
            case DECIMAL -> "must be a number";
            case DATETIME -> "must be a date and time";
            default -> "cannot be read";
        };
    }
}
