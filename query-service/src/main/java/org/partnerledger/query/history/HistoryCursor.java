package org.partnerledger.query.history;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.UUID;

/**
 * Where a page of the history across partnerships ended: the last event's instant, partnership and sequence, the
 * order the pages follow (every event has one place in it, so no page repeats or skips one). Opaque to clients:
 * URL-safe Base64 of {@code occurredAt|partnershipId|sequence}.
 */
record HistoryCursor(Instant occurredAt, UUID partnershipId, long sequence) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final int LONGEST = 200;

    String encode() {
        return ENCODER.encodeToString((occurredAt + "|" + partnershipId + "|" + sequence)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or {@code null} for the first page. */
    static HistoryCursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            if (cursor.length() > LONGEST) {
                throw new IllegalArgumentException("too long");
            }
            String[] parts = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("not three parts");
            }
            long sequence = Long.parseLong(parts[2]);
            if (sequence < 0) {
                throw new IllegalArgumentException("a negative sequence");
            }
            return new HistoryCursor(Instant.parse(parts[0]), UUID.fromString(parts[1]), sequence);
        } catch (IllegalArgumentException | DateTimeParseException unreadable) {
            throw HistoryRejection.invalidParameter("after must be a cursor a previous page gave as next.");
        }
    }
}
