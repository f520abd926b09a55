package org.partnerledger.query.projection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * A batch of rows for one table, sent with PostgreSQL's {@code COPY ... FROM STDIN} in its text format: the server
 * takes rows this way several times faster than as INSERT statements (docs/benchmarks.md, "Rebuild"). The rows are
 * written straight into one UTF-8 buffer, texts escaped, nulls as {@code \N}: building them as a string first, then
 * having the driver encode it, was a fifth of what a rebuild allocated. UUIDs are written as their canonical text,
 * a {@code byte[]} as the UTF-8 text it holds (a JSON document as Jackson writes it, say), anything else with
 * {@code toString()} (numbers, dates, instants in ISO-8601).
 */
public final class CopyRows {

    private static final byte[] NULL = {'\\', 'N'};
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final String copy;
    private final int columns;
    private byte[] rows = new byte[8192];
    private int length;
    private int count;

    public CopyRows(String table, String... columns) {
        this.copy = "copy %s (%s) from stdin".formatted(table, String.join(", ", columns));
        this.columns = columns.length;
    }

    public CopyRows add(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("%d values for %d columns".formatted(values.length, columns));
        }
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                write((byte) '\t');
            }
            append(values[i]);
        }
        write((byte) '\n');
        count++;
        return this;
    }

    /** Sends the rows, if any, on the connection of the current transaction; returns how many were stored. */
    public long copyInto(JdbcOperations jdbc) {
        if (count == 0) {
            return 0;
        }
        return jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copyIn = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
            try {
                copyIn.writeToCopy(rows, 0, length);
                return copyIn.endCopy();
            } finally {
                if (copyIn.isActive()) {
                    copyIn.cancelCopy();
                }
            }
        });
    }

    private void append(Object value) {
        if (value == null) {
            write(NULL);
        } else if (value instanceof UUID uuid) {
            appendUuid(uuid);
        } else if (value instanceof byte[] utf8) {
            appendEscaped(utf8);
        } else {
            appendText(value.toString());
        }
    }

    /** ASCII as it comes (most values); from the first other character on, the UTF-8 of the rest. */
    private void appendText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                appendEscaped(text.substring(i).getBytes(StandardCharsets.UTF_8));
                return;
            }
            appendEscaped((byte) c);
        }
    }

    /** Multi-byte UTF-8 sequences hold no ASCII bytes, so escaping byte by byte is escaping character by character. */
    private void appendEscaped(byte[] utf8) {
        for (byte b : utf8) {
            appendEscaped(b);
        }
    }

    private void appendEscaped(byte b) {
        switch (b) {
            case '\\' -> write((byte) '\\', (byte) '\\');
            case '\t' -> write((byte) '\\', (byte) 't');
            case '\n' -> write((byte) '\\', (byte) 'n');
            case '\r' -> write((byte) '\\', (byte) 'r');
            default -> write(b);
        }
    }

    /** The canonical form, {@code 8-4-4-4-12} lower-case hex digits, as {@link UUID#toString} but without a string. */
    private void appendUuid(UUID uuid) {
        ensure(36);
        appendHex(uuid.getMostSignificantBits() >>> 32, 8);
        write((byte) '-');
        appendHex(uuid.getMostSignificantBits() >>> 16, 4);
        write((byte) '-');
        appendHex(uuid.getMostSignificantBits(), 4);
        write((byte) '-');
        appendHex(uuid.getLeastSignificantBits() >>> 48, 4);
        write((byte) '-');
        appendHex(uuid.getLeastSignificantBits(), 12);
    }

    /** The lowest {@code digits} hex digits of {@code bits}, most significant first. */
    private void appendHex(long bits, int digits) {
        for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
            rows[length++] = HEX[(int) (bits >>> shift) & 0xf];
        }
    }

    private void write(byte b) {
        ensure(1);
        rows[length++] = b;
    }

    private void write(byte first, byte second) {
        ensure(2);
        rows[length++] = first;
        rows[length++] = second;
    }

    private void write(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, rows, length, bytes.length);
        length += bytes.length;
    }

    private void ensure(int more) {
        if (length + more > rows.length) {
            rows = Arrays.copyOf(rows, Math.max(rows.length * 2, length + more));
        }
    }
}
