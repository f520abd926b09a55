package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The reliability issue's list of hostile input ("Hostile input"), made concrete for one command endpoint: what is
 * sent, and the status and code it must be refused with. Every refusal must also leave nothing stored.
 */
final class HostileCommands {

    private static final int ONE_MB = 1024 * 1024;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CommandEndpoint endpoint;
    private final String partnershipId;
    private final ObjectNode valid;
    private final List<Hostile> cases = new ArrayList<>();

    private HostileCommands(CommandEndpoint endpoint, String partnershipId) {
        this.endpoint = endpoint;
        this.partnershipId = partnershipId;
        this.valid = endpoint.validBody(UUID.randomUUID().toString());
    }

    /** A refused request: what it is, in words, and what the client must hear. */
    record Hostile(CommandEndpoint endpoint, String description, Attempt attempt, int status, String code,
                   String field) {

        @Override
        public String toString() {
            return "%s: %s is refused with %d %s".formatted(endpoint, description, status, code);
        }
    }

    /** The whole table for MockMvc, which cannot send chunks, and to which 10 MB shows nothing that 1 MB does not. */
    static Stream<Hostile> against(CommandEndpoint endpoint, String partnershipId) {
        HostileCommands table = new HostileCommands(endpoint, partnershipId);
        table.malformedBodies();
        table.wrongShapes();
        table.refuse("a body of 1 MB", table.bodyOf(ONE_MB), 413, "BODY_TOO_LARGE");
        table.hostileTexts();
        table.wrongMediaTypesMethodsAndHeaders();
        table.endpointSpecific();
        return table.cases.stream();
    }

    /**
     * Bodies of 1 MB and 10 MB and a text of 5 million characters, sent with a Content-Length and in chunks: the
     * cases a real Tomcat must see.
     */
    static Stream<Hostile> oversized(CommandEndpoint endpoint, String partnershipId) {
        HostileCommands table = new HostileCommands(endpoint, partnershipId);
        table.oversizedBodies();
        List<Hostile> both = new ArrayList<>(table.cases);
        table.cases.forEach(hostile -> both.add(new Hostile(endpoint, hostile.description() + " in chunks",
                hostile.attempt().inChunks(), hostile.status(), hostile.code(), null)));
        return both.stream();
    }

    private void malformedBodies() {
        String json = Json.write(valid);
        refuse("truncated JSON", json.substring(0, json.length() / 2), 400, "MALFORMED_JSON");
        refuse("an empty body", "", 400, "MALFORMED_JSON");
        refuse("a body of blanks", "   \n", 400, "MALFORMED_JSON");
        refuse("the JSON null", "null", 400, "MALFORMED_JSON");
        refuse("a body wrapped in an array", "[" + json + "]", 400, "MALFORMED_JSON");
        refuse("a body followed by more JSON", json + json, 400, "MALFORMED_JSON");
        refuse("a field named twice", "{\"%s\": %s, %s".formatted(anyField(), Json.write(valid.get(anyField())),
                json.substring(1)),
                400, "MALFORMED_JSON");
        refuse("bytes that are not UTF-8", notUtf8(json), 400, "MALFORMED_JSON");
        refuse("a raw control character in a string", json.replaceFirst("([:\\[])\\s*\"", "$1 \"\u0007"), 400,
                "MALFORMED_JSON");
    }

    private void wrongShapes() {
        String text = endpoint.textField();
        String list = endpoint.listField();
        if (text != null) {
            refuseField("a number where text belongs", text, body -> body.put(text, 42), "WRONG_TYPE");
            refuseField("true where text belongs", text, body -> body.put(text, true), "WRONG_TYPE");
            refuseField("an object where text belongs", text, body -> body.putObject(text), "WRONG_TYPE");
        }
        if (list != null) {
            refuseField("text where a list belongs", list, body -> body.put(list, "abc"), "WRONG_TYPE");
        }
        refuseField("an unknown field", "isAdmin", body -> body.put("isAdmin", true), "UNKNOWN_FIELD");
        for (String required : endpoint.requiredFields()) {
            refuseField("a body without " + required, required, body -> body.remove(required),
                    "VALIDATION_FAILED");
            refuseField("a null " + required, required, body -> body.putNull(required), "VALIDATION_FAILED");
        }
        if (list != null && !holdsRecords(list)) {
            refuseField("a list of 150 invalid items", list, body -> invalidItems(body.putArray(list), 150),
                    "VALIDATION_FAILED");
            refuse("a list of 10,000 invalid items", with(list, invalidItems(NODES.arrayNode(), 10_000)), 400,
                    "JSON_LIMIT_EXCEEDED");
        } else if (list != null) {
            refuseField("a list of 20 invalid items", list, body -> invalidItems(body.putArray(list), 20),
                    "VALIDATION_FAILED");
            refuse("a list of 150 items, over the token limit", with(list, invalidItems(NODES.arrayNode(), 150)),
                    400, "JSON_LIMIT_EXCEEDED");
            refuse("a list of 10,000 items", with(list, invalidItems(NODES.arrayNode(), 10_000)), 413,
                    "BODY_TOO_LARGE");
        }
    }

    private void oversizedBodies() {
        refuse("a body of 1 MB", bodyOf(ONE_MB), 413, "BODY_TOO_LARGE");
        refuse("a body of 10 MB", bodyOf(10 * ONE_MB), 413, "BODY_TOO_LARGE");
        refuse("a text of 5 million characters", with(anyField(), "x".repeat(5_000_000)), 413,
                "BODY_TOO_LARGE");
    }

    private void hostileTexts() {
        String text = endpoint.textField();
        String json = Json.write(valid);
        refuse("nesting 10,000 deep as the body", "[".repeat(10_000) + "]".repeat(10_000), 400, "MALFORMED_JSON");
        if (text == null) {
            return;
        }
        refuse("nesting 10,000 deep where text belongs", replaced(text, "[".repeat(10_000) + "]".repeat(10_000)),
                400, "WRONG_TYPE", text);
        refuse("a text of 100,000 characters", with(text, "x".repeat(100_000)), 400, "JSON_LIMIT_EXCEEDED");
        refuse("a number of 10,000 digits where text belongs", replaced(text, "9".repeat(10_000)), 400,
                "JSON_LIMIT_EXCEEDED");
        refuse("a number of 10,000 digits in an unknown field",
                "{\"count\": %s, %s".formatted("9".repeat(10_000), json.substring(1)), 400, "JSON_LIMIT_EXCEEDED");
        for (char control : new char[]{'\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u009b'}) {
            refuseField("a text with control character U+%04X".formatted((int) control), text,
                    body -> body.put(text, "Meet" + control + "monthly"), "VALIDATION_FAILED");
        }
        refuse("a text with an unpaired surrogate", replaced(text, "\"Meet \\ud800 monthly\""), 400,
                "VALIDATION_FAILED", text);
        refuseField("a blank text", text, body -> body.put(text, " \t\n "), "VALIDATION_FAILED");
    }

    private void wrongMediaTypesMethodsAndHeaders() {
        Attempt valid = Attempt.of(endpoint, partnershipId, Json.write(this.valid));
        add("a text/plain body", valid.withHeader("Content-Type", "text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
        add("an XML body", valid.withHeader("Content-Type", "application/xml"), 415, "UNSUPPORTED_MEDIA_TYPE");
        add("a form", valid.withHeader("Content-Type", "application/x-www-form-urlencoded"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        add("a body without a content type", valid.withoutHeader("Content-Type"), 415, "UNSUPPORTED_MEDIA_TYPE");
        add("JSON in an unknown charset", valid.withHeader("Content-Type", "application/json;charset=klingon"), 415,
                "UNSUPPORTED_MEDIA_TYPE");
        add("a request that accepts only HTML", valid.withHeader("Accept", "text/html"), 406, "NOT_ACCEPTABLE");
        add("a DELETE", valid.withMethod("DELETE"), 405, "METHOD_NOT_ALLOWED");
        add("a PATCH", valid.withMethod("PATCH"), 405, "METHOD_NOT_ALLOWED");
        add("an Idempotency-Key of 201 characters", valid.withHeader("Idempotency-Key", "k".repeat(201)), 400,
                "INVALID_PARAMETER");
        add("an Idempotency-Key with a space", valid.withHeader("Idempotency-Key", "two words"), 400,
                "INVALID_PARAMETER");
        add("an unknown path below the endpoint", valid.withPath(valid.path() + "/more"), 404, "NOT_FOUND");
        if (endpoint.addressesAPartnership()) {
            for (String notAUuid : new String[]{"not-a-uuid", "42", "1-1-1-1-1", "%27%20OR%20%271%27%3D%271",
                    "%3Cscript%3Ealert(1)%3C%2Fscript%3E".replace("%2F", "-"), "x".repeat(2_000)}) {
                add("a partnership id '%s'".formatted(abbreviated(notAUuid)), valid.withPath(endpoint.path(notAUuid)),
                        400, "INVALID_PARAMETER");
            }
            if (endpoint.path(partnershipId).contains(CommandEndpoint.ITEM)) {
                add("an item id that is no UUID", valid.withPath(endpoint.path(partnershipId)
                        .replace(CommandEndpoint.ITEM, "not-a-uuid")), 400, "INVALID_PARAMETER");
            }
            add("an If-Match that is no version", valid.withHeader("If-Match", "\"abc\""), 400, "INVALID_PARAMETER");
            add("an If-Match of 30 digits", valid.withHeader("If-Match", "\"" + "9".repeat(30) + "\""), 400,
                    "INVALID_PARAMETER");
        }
    }

    private void endpointSpecific() {
        if (endpoint == CommandEndpoint.ACTIONS) {
            for (String date : new String[]{"+999999-01-01", "2027-02-30", "0000-00-00", "2027-1-5", "20270105",
                    "2027-01-05T10:00:00", "2027-01-05Z", "05/01/2027", ""}) {
                refuseField("a due date '%s'".formatted(date), "dueDate", body -> body.put("dueDate", date),
                        "WRONG_TYPE");
            }
            refuseField("a due date as a number", "dueDate", body -> body.put("dueDate", 20270105), "WRONG_TYPE");
            refuseField("a due date as an array", "dueDate",
                    body -> body.putArray("dueDate").add(2027).add(1).add(5), "WRONG_TYPE");
            refuseField("a decision id that is not a UUID", "decisionId", body -> body.put("decisionId", "d-1"),
                    "WRONG_TYPE");
            refuseField("an empty decision id", "decisionId", body -> body.put("decisionId", ""), "WRONG_TYPE");
            refuseField("a decision id followed by a blank", "decisionId",
                    body -> body.put("decisionId", UUID.randomUUID() + " "), "WRONG_TYPE");
            refuseField("a decision id cut to 22 characters, which Jackson would read as Base64", "decisionId",
                    body -> body.put("decisionId", UUID.randomUUID().toString().substring(0, 22)), "WRONG_TYPE");
            refuseField("a decision id of 24 characters of Base64", "decisionId",
                    body -> body.put("decisionId", "AAAAAAAAAAAAAAAAAAAAAA=="), "WRONG_TYPE");
        }
        if (endpoint == CommandEndpoint.CONFLICTS) {
            for (JsonNode severity : List.of(NODES.textNode("EPIC"), NODES.textNode("high"), NODES.textNode(""),
                    NODES.textNode(" HIGH"), NODES.textNode("HIGH\t\r\n"), NODES.textNode("HIGH\u0014"),
                    NODES.numberNode(1))) {
                refuseField("a severity " + severity, "severity", body -> body.set("severity", severity),
                        "WRONG_TYPE");
            }
        }
        if (endpoint == CommandEndpoint.MEETINGS) {
            for (String moment : new String[]{"2027-01-05T10:00:00", "2027-01-05", "2027-02-30T10:00:00Z",
                    "+12027-01-05T10:00:00Z", " 2027-01-05T10:00:00Z", "2027-01-05T10:00:00Z\t", "1798538400",
                    "2027-01-05 10:00:00Z", "2027-01-05T10:00:00z", ""}) {
                refuseField("a start '%s'".formatted(moment), "scheduledAt", body -> body.put("scheduledAt", moment),
                        "WRONG_TYPE");
            }
            refuseField("a start as epoch seconds", "scheduledAt", body -> body.put("scheduledAt", 1798538400),
                    "WRONG_TYPE");
            refuseField("a time box of half a minute", "agenda[0].timeBoxMinutes",
                    body -> ((ObjectNode) body.get("agenda").get(0)).put("timeBoxMinutes", 30.5), "WRONG_TYPE");
            refuseField("a time box as text", "agenda[0].timeBoxMinutes",
                    body -> ((ObjectNode) body.get("agenda").get(0)).put("timeBoxMinutes", "30"), "WRONG_TYPE");
            refuseField("an agenda of 31 items", "agenda", body -> {
                ArrayNode agenda = (ArrayNode) body.get("agenda");
                for (int i = 0; i < 30; i++) {
                    agenda.add(agenda.get(0).deepCopy());
                }
            }, "VALIDATION_FAILED");
            refuseField("no agenda", "agenda", body -> body.putArray("agenda"), "VALIDATION_FAILED");
        }
        if (endpoint == CommandEndpoint.MINUTES) {
            refuseField("an action's decision named by a fraction", "actions[0].decision",
                    body -> ((ObjectNode) body.get("actions").get(0)).put("decision", 0.5), "WRONG_TYPE");
            refuseField("no attendees", "attendees", body -> body.putArray("attendees"), "VALIDATION_FAILED");
        }
        if (endpoint == CommandEndpoint.FORM) {
            refuseField("a partner id in capitals", "partners[0].id",
                    body -> ((ObjectNode) body.get("partners").get(0)).put("id", "ABC"), "VALIDATION_FAILED");
            refuseField("no partners", "partners", body -> body.putArray("partners"), "VALIDATION_FAILED");
        }
    }

    private String bodyOf(int bytes) {
        return with(anyField(), "x".repeat(bytes));
    }

    /** The body's text field, or for a body without free text its first required field. */
    private String anyField() {
        return endpoint.textField() != null ? endpoint.textField() : endpoint.requiredFields().get(0);
    }

    private String with(String field, String value) {
        return with(field, NODES.textNode(value));
    }

    private String with(String field, JsonNode value) {
        ObjectNode body = valid.deepCopy();
        body.set(field, value);
        return Json.write(body);
    }

    /** Items no list of the contract admits: not partner ids, not goals (too many), not objects with blank texts. */
    private ArrayNode invalidItems(ArrayNode items, int count) {
        JsonNode validItem = valid.path(endpoint.listField()).path(0);
        JsonNode invalidItem = endpoint.invalidListItem() == null ? null : Json.read(endpoint.invalidListItem());
        for (int i = 0; i < count; i++) {
            items.add(invalidItem != null ? invalidItem
                    : endpoint == CommandEndpoint.FORM ? NODES.objectNode().put("id", "X").put("name", "x")
                    : validItem.isObject() ? blanked((ObjectNode) validItem) : NODES.textNode("X"));
        }
        return items;
    }

    /** Whether the list holds objects of several fields, of which 150 take more tokens than a body may hold. */
    private boolean holdsRecords(String list) {
        return endpoint != CommandEndpoint.FORM && endpoint.invalidListItem() == null
                && valid.path(list).path(0).isObject();
    }

    /** A valid item of a list of objects with each of its texts made empty, which no text of the contract is. */
    private static ObjectNode blanked(ObjectNode item) {
        ObjectNode blank = item.deepCopy();
        item.properties().stream().filter(member -> member.getValue().isTextual())
                .forEach(member -> blank.put(member.getKey(), ""));
        return blank;
    }

    /** The body with the value of a field replaced by raw JSON text, which need not be JSON Jackson can write. */
    private String replaced(String field, String rawJson) {
        ObjectNode body = valid.deepCopy();
        body.put(field, "@@raw@@");
        return Json.write(body).replace("\"@@raw@@\"", rawJson);
    }

    private void refuseField(String description, String field, Consumer<ObjectNode> change, String code) {
        ObjectNode body = valid.deepCopy();
        change.accept(body);
        refuse(description, Json.write(body), 400, code, field);
    }

    private void refuse(String description, String body, int status, String code) {
        refuse(description, body, status, code, null);
    }

    private void refuse(String description, String body, int status, String code, String field) {
        refuse(description, bytes(body), status, code, field);
    }

    private void refuse(String description, byte[] body, int status, String code) {
        refuse(description, body, status, code, null);
    }

    private void refuse(String description, byte[] body, int status, String code, String field) {
        cases.add(new Hostile(endpoint, description, Attempt.of(endpoint, partnershipId, body), status, code, field));
    }

    private void add(String description, Attempt attempt, int status, String code) {
        cases.add(new Hostile(endpoint, description, attempt, status, code, null));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The first text of the body begins with 0xFF 0xFE, which no UTF-8 text holds. */
    private static byte[] notUtf8(String json) {
        byte[] body = bytes(json);
        int text = json.indexOf(":\"") + 2;
        body[text] = (byte) 0xFF;
        body[text + 1] = (byte) 0xFE;
        return body;
    }

    private static String abbreviated(String text) {
        return text.length() > 40 ? text.substring(0, 12) + "... (%d characters)".formatted(text.length()) : text;
    }
}
