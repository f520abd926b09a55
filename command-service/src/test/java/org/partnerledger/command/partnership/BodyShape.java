package org.partnerledger.command.partnership;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * What {@code shared/API.md} and the house rules for text admit in a request body, as a predicate on a JSON tree.
 * Fuzz tests judge the service by it: whatever the service accepts must have this shape.
 */
@FunctionalInterface
interface BodyShape {

    Pattern PARTNER_ID = Pattern.compile("[a-z0-9-]{2,40}");
    Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** As the edge reads a moment: ISO-8601 with seconds optional and a {@code Z} or {@code ±HH:MM} offset. */
    Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");
    Pattern UUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    boolean admits(JsonNode node);

    default List<String> requiredFields() {
        return List.of();
    }

    /** Non-blank, at most {@code max} UTF-16 units, no control characters but tab, CR and LF, no lone surrogates. */
    static BodyShape text(int max) {
        return textual(text -> !text.isBlank() && text.length() <= max && text.codePoints().noneMatch(
                point -> (Character.isISOControl(point) && point != '\t' && point != '\n' && point != '\r')
                        || Character.getType(point) == Character.SURROGATE));
    }

    static BodyShape partnerId() {
        return textual(text -> PARTNER_ID.matcher(text).matches());
    }

    static BodyShape date() {
        return textual(text -> DATE.matcher(text).matches() && isCalendarDate(text));
    }

    static BodyShape instant() {
        return textual(text -> INSTANT.matcher(text).matches() && isMoment(text));
    }

    /** A JSON integer (not a fraction, not text) from {@code min} to {@code max}. */
    static BodyShape integer(int min, int max) {
        return node -> node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= min
                && node.intValue() <= max;
    }

    static BodyShape uuid() {
        return textual(text -> UUID.matcher(text).matches());
    }

    static BodyShape oneOf(String... names) {
        Set<String> allowed = Set.of(names);
        return textual(allowed::contains);
    }

    /** Text matching a regular expression. */
    static BodyShape pattern(String regex) {
        Pattern compiled = Pattern.compile(regex);
        return textual(text -> compiled.matcher(text).matches());
    }

    /** A key of a review instrument's part. */
    static BodyShape key() {
        return pattern("[a-z0-9-]{1,60}");
    }

    /** A metric's period: {@code 2027-03}, {@code 2027-Q1} or {@code 2027}. */
    static BodyShape period() {
        return pattern("\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?");
    }

    /** A JSON number from minus to plus one trillion. */
    static BodyShape metricValue() {
        return node -> node.isNumber() && node.decimalValue().abs().compareTo(java.math.BigDecimal.TEN.pow(12)) <= 0;
    }

    /** A whole JSON number within bounds. */
    static BodyShape integer(long min, long max) {
        return node -> node.isIntegralNumber() && node.canConvertToLong() && node.longValue() >= min
                && node.longValue() <= max;
    }

    /** A count of people: a whole number from 0 to 100 million. */
    static BodyShape peopleCount() {
        return integer(0, 100_000_000);
    }

    static BodyShape bool() {
        return JsonNode::isBoolean;
    }

    static BodyShape list(BodyShape item, int min, int max) {
        return node -> node.isArray() && node.size() >= min && node.size() <= max
                && StreamSupport.stream(node.spliterator(), false).allMatch(item::admits);
    }

    static BodyShape object(Field... fields) {
        Map<String, Field> byName = Arrays.stream(fields).collect(Collectors.toMap(Field::name, field -> field));
        List<String> required = Arrays.stream(fields).filter(Field::required).map(Field::name).toList();
        return new BodyShape() {
            @Override
            public boolean admits(JsonNode node) {
                return node.isObject()
                        && node.properties().stream().allMatch(member -> byName.containsKey(member.getKey()))
                        && byName.values().stream().allMatch(field -> field.admits(node.get(field.name())));
            }

            @Override
            public List<String> requiredFields() {
                return required;
            }
        };
    }

    static Field required(String name, BodyShape shape) {
        return new Field(name, true, shape);
    }

    static Field optional(String name, BodyShape shape) {
        return new Field(name, false, shape);
    }

    private static BodyShape textual(Predicate<String> valid) {
        return node -> node.isTextual() && valid.test(node.textValue());
    }

    private static boolean isCalendarDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static boolean isMoment(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException notAMoment) {
            return false;
        }
    }

    /** A field of an object: a required one must be there and not null; an optional one may be either. */
    record Field(String name, boolean required, BodyShape shape) {

        boolean admits(JsonNode value) {
            if (value == null || value.isNull()) {
                return !required;
            }
            return shape.admits(value);
        }
    }
}
