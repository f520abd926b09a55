package org.partnerledger.query.projection;

import org.partnerledger.events.Nullable;
import org.partnerledger.events.Uuid;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What JSON binding alone cannot check: every field is present unless the event declares it {@link Nullable}, the
 * fields it declares {@link Uuid} are UUIDs, and all text can be stored in PostgreSQL. A value that breaks one of
 * these would otherwise fail in the database on every retry and hold up its partition for good.
 */
final class EventSchema {

    /** {@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, checked per character against a table: ids are most of what a
     * rebuild checks. */
    private static final int UUID_LENGTH = 36;
    private static final boolean[] HEX_DIGIT = hexDigits();

    /** Every record is checked per event, so its components are looked up by reflection only once. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            return Stream.of(type.getRecordComponents()).map(component -> new Field(component.getName(),
                    component.getAccessor(), component.isAnnotationPresent(Nullable.class),
                    component.isAnnotationPresent(Uuid.class))).toList();
        }
    };

    private EventSchema() {
    }

    /** The first rule the event breaks, as a message naming the field, or empty if it keeps them all. */
    static Optional<String> violation(Record event) {
        return recordViolation(event, "");
    }

    /** PostgreSQL text holds neither NUL nor the halves of a surrogate pair that lost its other half. */
    static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0' || Character.isLowSurrogate(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }

    /** A UUID in its canonical 36-character form; {@link java.util.UUID#fromString} alone accepts much more. */
    static boolean isUuid(String text) {
        if (text.length() != UUID_LENGTH) {
            return false;
        }
        for (int i = 0; i < UUID_LENGTH; i++) {
            char c = text.charAt(i);
            boolean fits = i == 8 || i == 13 || i == 18 || i == 23 ? c == '-' : c < 128 && HEX_DIGIT[c];
            if (!fits) {
                return false;
            }
        }
        return true;
    }

    private static boolean[] hexDigits() {
        boolean[] hex = new boolean[128];
        "0123456789abcdefABCDEF".chars().forEach(c -> hex[c] = true);
        return hex;
    }

    private static Optional<String> recordViolation(Record value, String path) {
        for (Field field : FIELDS.get(value.getClass())) {
            Object fieldValue = field.read(value);
            if (fieldValue == null) {
                if (!field.optional()) {
                    return Optional.of("'%s' is missing".formatted(path + field.name()));
                }
            } else if (field.uuid() && !holdsUuids(fieldValue)) {
                return Optional.of("'%s' is not a UUID".formatted(path + field.name()));
            } else {
                Optional<String> violation = valueViolation(fieldValue, path + field.name());
                if (violation.isPresent()) {
                    return violation;
                }
            }
        }
        return Optional.empty();
    }

    /** A UUID, or a list of nothing but UUIDs. */
    private static boolean holdsUuids(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().allMatch(element -> element instanceof String text && isUuid(text));
        }
        return value instanceof String text && isUuid(text);
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
                String element = path + "[" + i + "]";
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

    /** A record component as the checks need it. */
    private record Field(String name, Method accessor, boolean optional, boolean uuid) {

        Object read(Record value) {
            try {
                return accessor.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("Cannot read " + accessor, e);
            }
        }
    }
}
