package org.partnerledger.query.projection;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Reads the contract's headers, each a UTF-8 string; anything missing or malformed makes the record unreadable. */
final class EventHeaders {

    /** The nanoseconds of one unit in the last place of a fraction of a second with as many digits as the index. */
    private static final int[] NANOS_PER_DIGIT =
            {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};
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
            return parseInstant(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("header '%s' is not an ISO-8601 instant: %s".formatted(name, value), e);
        }
    }

    /**
     * What {@link Instant#parse} reads, read field by field when it has the shape the publisher writes
     * ({@code Instant.toString()}, e.g. {@code 2026-11-25T04:58:58.467Z}): the general formatter was a tenth of a
     * rebuild's CPU time. Other shapes and fields out of range (a leap second, say) are left to {@link Instant#parse}.
     */
    static Instant parseInstant(String text) {
        int zone = text.length() - 1;
        boolean shaped = (zone == 19 || zone >= 21 && zone <= 29 && text.charAt(19) == '.')
                && text.charAt(zone) == 'Z' && text.charAt(4) == '-' && text.charAt(7) == '-'
                && text.charAt(10) == 'T' && text.charAt(13) == ':' && text.charAt(16) == ':';
        if (shaped) {
            int[] fields = {digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10), digits(text, 11, 13),
                    digits(text, 14, 16), digits(text, 17, 19), zone == 19 ? 0 : digits(text, 20, zone)};
            if (Arrays.stream(fields).allMatch(field -> field >= 0)) {
                int nanos = fields[6] * NANOS_PER_DIGIT[Math.max(zone - 20, 0)];
                try {
                    return LocalDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], nanos)
                            .toInstant(ZoneOffset.UTC);
                } catch (DateTimeException outOfRange) {
                    // Instant.parse decides
                }
            }
        }
        return Instant.parse(text);
    }

    /** The decimal in {@code text[from, to)}, or -1 if it holds anything but digits. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isNatural(String value) {
        if (value.length() > MAX_DIGITS || value.length() > 1 && value.charAt(0) == '0') {
            return false;
        }
        return value.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
