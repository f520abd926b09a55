package org.partnerledger.query.projection;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads the contract's headers, each a UTF-8 string; anything missing or malformed makes the record unreadable. */
final class EventHeaders {

    /** Eighteen digits always fit a long; the contract needs far fewer. */
    private static final int MAX_DIGITS = 18;

    private final Headers headers;

    EventHeaders(Headers headers) {
        this.headers = headers;
    }

    String required(String name) {
        String value = optional(name);
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException("header '%s' is missing".formatted(name));
        }
        return value;
    }

    String optional(String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            return null;
        }
        String value = new String(header.value(), StandardCharsets.UTF_8);
        if (!EventSchema.isStorable(value)) {
            throw new UnreadableEventException("header '%s' holds characters that cannot be stored".formatted(name));
        }
        return value;
    }

    UUID uuid(String name) {
        String value = required(name);
        if (!EventSchema.isUuid(value)) {
            throw new UnreadableEventException("header '%s' is not a UUID: %s".formatted(name, value));
        }
        return UUID.fromString(value);
    }

    /** A non-negative decimal that fits a long. */
    long natural(String name) {
        String value = required(name);
        if (!isNatural(value)) {
            throw new UnreadableEventException("header '%s' is not a non-negative number: %s".formatted(name, value));
        }
        return Long.parseLong(value);
    }

    Instant instant(String name) {
        String value = required(name);
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("header '%s' is not an ISO-8601 instant: %s".formatted(name, value), e);
        }
    }

    private static boolean isNatural(String value) {
        if (value.length() > MAX_DIGITS || value.length() > 1 && value.charAt(0) == '0') {
            return false;
        }
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
