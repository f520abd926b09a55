package org.partnerledger.web.security;

import org.partnerledger.web.Rejection;

/** A caller the endpoint does not answer: authenticated, but standing where its rule does not reach. */
public final class AccessRejection extends Rejection {

    public static final String FORBIDDEN_CODE = "FORBIDDEN";

    private AccessRejection(String code, String detail) {
        super(code, 403, detail);
    }

    static AccessRejection forbidden(Standing standing) {
        return new AccessRejection(FORBIDDEN_CODE, standing == null
                ? "Your token names no role PartnerLedger knows."
                : "This is not open to you as %s.".formatted(standing.name().toLowerCase()));
    }
}
