package org.partnerledger.web;

/**
 * A request refused for a reason the caller can act on, with a stable machine-readable code. Plain Java on purpose:
 * domain code throws it without knowing about HTTP beyond a status number.
 */
public abstract class Rejection extends RuntimeException {

    private final String code;
    private final int status;

    protected Rejection(String code, int status, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.status = status;
    }

    /** A stable code such as {@code PARTNER_UNKNOWN}: callers and tests match on it, never on the message. */
    public String code() {
        return code;
    }

    /** The HTTP status the rejection is answered with. */
    public int status() {
        return status;
    }
}
