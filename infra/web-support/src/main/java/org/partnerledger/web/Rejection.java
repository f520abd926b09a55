package org.partnerledger.web;

/**
 * A request refused for a reason the caller can act on, with a stable machine-readable code. Plain Java on purpose:
 * domain code throws it without knowing about HTTP beyond a status number.
 */
public abstract class Rejection extends RuntimeException {

    /** The statuses rejections answer with: a request the edge let through but a rule cannot read. */
    protected static final int BAD_REQUEST = 400;
    /** The caller's standing does not reach what the request asks. */
    protected static final int FORBIDDEN = 403;
    /** Something of the partnership the request names does not exist (or may not be seen). */
    protected static final int NOT_FOUND = 404;
    /** The partnership's state or version does not allow the command now. */
    protected static final int CONFLICT = 409;
    /** A rule of the partnership refuses what the command asks. */
    protected static final int UNPROCESSABLE = 422;

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
