package org.partnerledger.query.ledger;

import org.partnerledger.web.Rejection;

/** A read of a partnership's past or present that cannot be answered as asked. */
final class LedgerRejection extends Rejection {

    private LedgerRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static LedgerRejection invalidParameter(String detail) {
        return new LedgerRejection("INVALID_PARAMETER", BAD_REQUEST, detail);
    }
}
