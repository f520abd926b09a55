package org.partnerledger.query.history;

import org.partnerledger.web.Rejection;

/** A read of the history whose filters or cursor cannot be read. */
final class HistoryRejection extends Rejection {

    private HistoryRejection(String code, int status, String detail) {
        super(code, status, detail);
    }

    static HistoryRejection invalidParameter(String detail) {
        return new HistoryRejection("INVALID_PARAMETER", BAD_REQUEST, detail);
    }
}
