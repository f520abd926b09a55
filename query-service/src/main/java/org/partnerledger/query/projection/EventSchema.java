package org.partnerledger.query.projection;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What JSON binding alone cannot check: every field is present unless the event's contract says it may be absent,
 * ids are UUIDs, and all text can be stored in PostgreSQL. A value that breaks one of these would otherwise fail in
 * the database on every retry and hold up its partition for good.
 */
final class EventSchema {

    /** Record components that the events' Javadoc declares nullable, as {@code RecordName.component}. */
    private static final Set<String> OPTIONAL = Set.of("ActionAssignedEvent.decisionId");
    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private EventSchema() {
    }

    /** The first rule the event breaks, as a message naming the field, or empty if it keeps them all. */
    static Optional<String> violation(Record event) {
        return recordViolation(event, "");
    }

    /** PostgreSQL text holds neither NUL nor the halves of a surrogate pair that lost its other half. */
    static boolean isStorable(String text) {
        return text.indexOf('\0') < 0 && StandardCharsets.UTF_8.newEncoder().canEncode(text);
    }

    /** A UUID in its canonical 36-character form; {@link java.util.UUID#fromString} alone accepts much more. */
    static boolean isUuid(String text) {
        return UUID_TEXT.matcher(text).matches();
    }

    private static Optional<String> recordViolation(Record value, String path) {
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String field = path + component.getName();
            Object fieldValue = read(component, value);
            if (fieldValue == null) {
                if (!OPTIONAL.contains(value.getClass().getSimpleName() + "." + component.getName())) {
                    return Optional.of("'%s' is missing".formatted(field));
                }
            } else if (component.getName().endsWith("Id") && !isUuid(fieldValue.toString())) {
                return Optional.of("'%s' is not a UUID".formatted(field));
            } else {
                Optional<String> violation = valueViolation(fieldValue, field);
                if (violation.isPresent()) {
                    return violation;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> valueViolation(Object value, String path) {
        if (value instanceof Record nested) {
            return recordViolation(nested, path + ".");
        }
        if (value instanceof String text && !isStorable(text)) {
            return Optional.of("'%s' holds characters that cannot be stored".formatted(path));
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String element = "%s[%d]".formatted(path, i);
                if (list.get(i) == null) {
                    return Optional.of("'%s' is null".formatted(element));
                }
                Optional<String> violation = valueViolation(list.get(i), element);
                if (violation.isPresent()) {
                    return violation;
                }
            }
        }
        return Optional.empty();
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
