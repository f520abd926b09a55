package org.partnerledger.command.partnership;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Damage a JSON tree cannot hold, done to a body's bytes: cut short at a random byte, random bytes (often no UTF-8)
 * or characters (any plane, control characters included) put in at a random place, a byte-order mark in front, or
 * the first member named twice.
 */
final class ByteDamage {

    private final Random random;

    ByteDamage(Random random) {
        this.random = random;
    }

    byte[] applyTo(byte[] body) {
        return switch (random.nextInt(6)) {
            case 0 -> Arrays.copyOf(body, random.nextInt(body.length + 1));
            case 1 -> insert(body, randomBytes());
            case 2 -> insert(body, randomCharacters(random).getBytes(StandardCharsets.UTF_8));
            case 3 -> insert(body, new byte[]{(byte) random.nextInt(32)});
            case 4 -> concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, body);
            default -> duplicateFirstField(body);
        };
    }

    /** One to four code points, a quarter of them control characters; never a lone surrogate, which UTF-8 lacks. */
    static String randomCharacters(Random random) {
        StringBuilder characters = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            int codePoint = random.nextInt(4) == 0 ? random.nextInt(0x20) : random.nextInt(0x10FFFF);
            if (Character.getType(codePoint) != Character.SURROGATE) {
                characters.appendCodePoint(codePoint);
            }
        }
        return characters.toString();
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(6)];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] insert(byte[] body, byte[] inserted) {
        int at = random.nextInt(body.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(body, 0, at);
        out.writeBytes(inserted);
        out.write(body, at, body.length - at);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        out.writeBytes(second);
        return out.toByteArray();
    }

    /** The object's first member again, textually: a tree cannot hold a name twice. */
    private static byte[] duplicateFirstField(byte[] body) {
        String json = new String(body, StandardCharsets.UTF_8);
        int colon = json.indexOf(':');
        int comma = json.indexOf(',');
        if (!json.startsWith("{") || colon < 0 || comma < colon) {
            return body;
        }
        return ("{" + json.substring(1, comma + 1) + json.substring(1)).getBytes(StandardCharsets.UTF_8);
    }
}
