package org.partnerledger.query.funder;

import org.partnerledger.web.Rejection;

/** A funder report that cannot be made as asked. */
final class FunderRejection extends Rejection {

    private FunderRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static FunderRejection invalidParameter(String detail) {
        return new FunderRejection("INVALID_PARAMETER", BAD_REQUEST, detail);
    }
}
