package org.partnerledger.command.partnership;

import java.util.regex.Pattern;

/** The shapes of the governance contract beyond {@link BodyShape}'s: whole numbers, digests, links, numbers. */
final class GovernanceShapes {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern HTTPS =
            Pattern.compile("https://[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*(:[0-9]{1,5})?([/?#][\\x21-\\x7E]*)?");

    private GovernanceShapes() {
    }

    /** A JSON integer from {@code min} to {@code max}. */
    static BodyShape integer(int min, int max) {
        return node -> node.isIntegralNumber() && node.canConvertToInt() && node.intValue() >= min
                && node.intValue() <= max;
    }

    /** A finite JSON number. */
    static BodyShape number() {
        return node -> node.isNumber() && Double.isFinite(node.doubleValue());
    }

    /** 64 lowercase hex digits. */
    static BodyShape sha256() {
        return node -> node.isTextual() && SHA256.matcher(node.textValue()).matches();
    }

    /** An https URL in printable ASCII, of at most 2000 characters. */
    static BodyShape httpsLink() {
        return node -> node.isTextual() && node.textValue().length() <= 2000
                && HTTPS.matcher(node.textValue()).matches();
    }
}
